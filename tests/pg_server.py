"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, started
on a Unix socket only (no TCP port to collide with), stopped and removed at the end.

As root (CI) the server runs as an unprivileged user (``postgres``, else ``nobody``)
through ``runuser``, since PostgreSQL refuses to run as root; the folder is made for
that user in /tmp (pytest's own tmp folders are root's alone). The database superuser
is ``newsift`` with trust authentication, reachable only through that socket folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

_SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/bin")


def find_bin() -> Path | None:
    """The folder of initdb, pg_ctl and postgres: on PATH, or Debian's versioned folder."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb") and shutil.which("postgres"):
        return Path(on_path).resolve().parent
    for pattern in _SEARCH:
        for folder in sorted(glob.glob(pattern), reverse=True):
            if all((Path(folder) / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
                return Path(folder)
    return None


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _run_as() -> tuple[list[str], pwd.struct_passwd | None]:
    """The command prefix running a program as the server's user, and that user."""
    if os.geteuid() != 0:
        return [], None
    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"], user
    raise RuntimeError("running as root, and neither user postgres nor nobody exists")


@dataclass
class PgServer:
    bin: Path
    base: Path
    prefix: list[str]
    port: int = 5432

    @property
    def data(self) -> Path:
        return self.base / "data"

    def url(self, database: str = "postgres", schema: str | None = None) -> str:
        url = (f"postgresql://newsift@/{database}?host={quote(str(self.base), safe='/')}"
               f"&port={self.port}")
        if schema:
            url += f"&options={quote(f'-csearch_path={schema}')}"
        return url

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.prefix, *args], capture_output=True, text=True,
                              check=False, cwd=self.base)
        if done.returncode:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr}{done.stdout}{tail}")

    def start(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "newsift",
                  "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync")
        # Durability is not what is tested: no fsync makes the schema-per-test setup fast.
        options = (f"-p {self.port} -k {self.base} -c listen_addresses='' -c fsync=off"
                   " -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.base / "server.log"), "-w", "-t", "60", "-o", options, "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")


def start_server() -> PgServer:
    """Start a server (the caller stops it with :func:`stop_server`)."""
    folder = find_bin()
    if folder is None:
        raise FileNotFoundError("PostgreSQL's initdb/pg_ctl/postgres not found")
    prefix, user = _run_as()
    # /tmp, not $TMPDIR: the server's user must reach it, and a socket path has at most
    # 107 bytes.
    base = Path(tempfile.mkdtemp(prefix="newsift-pg-", dir="/tmp" if Path("/tmp").is_dir()
                                 else None))
    if user is not None:
        os.chown(base, user.pw_uid, user.pw_gid)
    server = PgServer(folder, base, prefix)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    return server


def stop_server(server: PgServer) -> None:
    try:
        server.stop()
    finally:
        shutil.rmtree(server.base, ignore_errors=True)
