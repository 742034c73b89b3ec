#!/usr/bin/env python3
"""Fetch the web page's third-party assets from the npm registry into src/newsift/web/vendor/.

The page must work offline and never load from a CDN, so Leaflet, the Natural Earth
country outlines (world-atlas), topojson-client and Swagger UI (for /docs) are fetched
once, at setup, with ``npm pack`` at exact versions, checked against the registry's
sha512 integrity recorded here, and copied into the package. Running it again with
everything in place does nothing (it compares vendor/MANIFEST.json), so Makefile and
CI can call it on every run. Needs ``npm`` on PATH; writes nothing else.

    python scripts/vendor_web_assets.py [--force] [--dest DIR]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

DEST = Path(__file__).resolve().parent.parent / "src" / "newsift" / "web" / "vendor"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str  # npm's "sha512-<base64>" of the tarball
    files: tuple[tuple[str, str], ...]  # (path inside the tarball's package/, path in vendor/)


PACKAGES: tuple[Package, ...] = (
    Package(
        "leaflet", "1.9.4",
        "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        (("dist/leaflet.js", "leaflet/leaflet.js"), ("dist/leaflet.css", "leaflet/leaflet.css"),
         ("dist/images/layers.png", "leaflet/images/layers.png"),
         ("dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
         ("dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
         ("dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
         ("dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
         ("LICENSE", "leaflet/LICENSE")),
    ),
    Package(
        "topojson-client", "3.1.0",
        "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        (("dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"),
         ("LICENSE", "topojson-client/LICENSE")),
    ),
    Package(
        "world-atlas", "2.0.2",
        "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        (("countries-50m.json", "world-atlas/countries-50m.json"),
         ("LICENSE", "world-atlas/LICENSE")),
    ),
    Package(
        "swagger-ui-dist", "5.35.0",
        "sha512-U06rpMtW9V3XPGOBeamTUSr0Z09jMX4IJuANpE/EZbAhw0G8CgwrzU4YmXkn/h0wCDNsXdGarTNNHC3sU8yVUQ==",
        (("swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"),
         ("swagger-ui.css", "swagger-ui/swagger-ui.css"),
         ("favicon-32x32.png", "swagger-ui/favicon-32x32.png"),
         ("LICENSE", "swagger-ui/LICENSE")),
    ),
)


def manifest() -> dict[str, str]:
    return {package.name: f"{package.version} {package.integrity}" for package in PACKAGES}


def up_to_date(dest: Path) -> bool:
    path = dest / "MANIFEST.json"
    if not path.is_file():
        return False
    try:
        recorded = json.loads(path.read_text("utf-8"))
    except ValueError:
        return False
    return recorded == manifest() and all(
        (dest / target).is_file() for package in PACKAGES for _, target in package.files)


def check_integrity(tarball: Path, integrity: str) -> None:
    algorithm, _, expected = integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, tarball.read_bytes()).digest()).decode()
    if digest != expected:
        raise SystemExit(f"{tarball.name}: integrity mismatch (got {algorithm}-{digest})")


def fetch(package: Package, workdir: Path) -> Path:
    """``npm pack`` the exact version into ``workdir``; returns the checked tarball."""
    spec = f"{package.name}@{package.version}"
    result = subprocess.run(
        ["npm", "pack", spec, "--json", "--silent", "--pack-destination", str(workdir)],
        cwd=workdir, check=True, capture_output=True, text=True)
    filename = json.loads(result.stdout)[0]["filename"]
    tarball = workdir / filename
    check_integrity(tarball, package.integrity)
    return tarball


def install(package: Package, tarball: Path, staging: Path) -> None:
    with tarfile.open(tarball, "r:gz") as archive:
        for source, target in package.files:
            member = archive.extractfile(f"package/{source}")
            if member is None:
                raise SystemExit(f"{package.name}: {source} is not a file in the tarball")
            out = staging / target
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(member.read())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="fetch even if up to date")
    parser.add_argument("--dest", type=Path, default=DEST)
    args = parser.parse_args(argv)
    dest: Path = args.dest
    if not args.force and up_to_date(dest):
        print(f"web assets up to date in {dest}")
        return 0
    if shutil.which("npm") is None:
        print("npm not found: install Node.js and npm (Debian: apt-get install -y npm)",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="newsift-vendor-") as tmp:
        workdir = Path(tmp)
        staging = workdir / "vendor"
        for package in PACKAGES:
            install(package, fetch(package, workdir), staging)
            print(f"fetched {package.name}@{package.version}")
        (staging / "MANIFEST.json").write_text(json.dumps(manifest(), indent=1) + "\n", "utf-8")
        # Swap in the complete tree only now, so a failed run leaves the old one intact;
        # vendor/.gitignore (kept in git) is the only file there that is not fetched.
        dest.mkdir(parents=True, exist_ok=True)
        for child in dest.iterdir():
            if child.name != ".gitignore":
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        for child in staging.iterdir():
            shutil.move(str(child), dest / child.name)
    print(f"web assets installed in {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
