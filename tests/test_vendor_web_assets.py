"""scripts/vendor_web_assets.py: idempotence and the integrity check, without the network."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import io
import json
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "vendor_web_assets.py"


@pytest.fixture(scope="module")
def vendor() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("vendor_web_assets", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up while the class is being made.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_every_package_is_pinned_with_an_integrity_hash(vendor: ModuleType) -> None:
    names = {package.name for package in vendor.PACKAGES}
    assert names == {"leaflet", "topojson-client", "world-atlas", "swagger-ui-dist"}
    for package in vendor.PACKAGES:
        assert package.version[0].isdigit() and package.integrity.startswith("sha512-")


def test_up_to_date_needs_the_same_manifest_and_every_file(
    vendor: ModuleType, tmp_path: Path
) -> None:
    assert not vendor.up_to_date(tmp_path)
    for package in vendor.PACKAGES:
        for _, target in package.files:
            (tmp_path / target).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / target).write_text("x")
    (tmp_path / "MANIFEST.json").write_text(json.dumps(vendor.manifest()))
    assert vendor.up_to_date(tmp_path)
    assert vendor.main(["--dest", str(tmp_path)]) == 0  # nothing to fetch, npm not called
    (tmp_path / "leaflet" / "leaflet.js").unlink()
    assert not vendor.up_to_date(tmp_path)
    (tmp_path / "leaflet" / "leaflet.js").write_text("x")
    (tmp_path / "MANIFEST.json").write_text(json.dumps({"leaflet": "0.0.1 sha512-old"}))
    assert not vendor.up_to_date(tmp_path)


def test_a_tarball_that_does_not_match_its_hash_is_refused(
    vendor: ModuleType, tmp_path: Path
) -> None:
    tarball = tmp_path / "pkg.tgz"
    with tarfile.open(tarball, "w:gz") as archive:
        data = b"L = {};"
        info = tarfile.TarInfo("package/dist/leaflet.js")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    good = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    vendor.check_integrity(tarball, good)
    with pytest.raises(SystemExit, match="integrity mismatch"):
        vendor.check_integrity(tarball, "sha512-" + base64.b64encode(b"0" * 64).decode())
