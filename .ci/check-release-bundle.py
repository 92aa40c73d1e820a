#!/usr/bin/env python3
"""Checks a Maven Central bundle made by the release profile.

Usage: check-release-bundle.py BUNDLE_ZIP VERSION JAR_MODULE... -- POM_MODULE...
Each jar module must have its jar (with classes), sources jar (with .java files), javadoc jar
(with index.html), POM and CycloneDX SBOM; each POM module its POM and SBOM; every POM must state
the Apache-2.0 licence and the SCM, itself or through the planning-parent POM in the bundle; every
file needs its .md5 and .sha1. Nothing else may be in the bundle (examples, benchmarks).
"""
import io
import json
import sys
import xml.etree.ElementTree as ET
import zipfile

GROUP_PATH = "io/github/planning"
NS = {"m": "http://maven.apache.org/POM/4.0.0"}

bundle_path, version = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
jar_modules = rest[: rest.index("--")]
pom_modules = rest[rest.index("--") + 1 :]
bundle = zipfile.ZipFile(bundle_path)
names = set(bundle.namelist())
failures = []


def path(module, suffix):
    return f"{GROUP_PATH}/{module}/{version}/{module}-{version}{suffix}"


def need(module, suffix):
    name = path(module, suffix)
    if name not in names:
        failures.append(f"{module}: no {name}")
        return None
    for checksum in (".md5", ".sha1"):
        if name + checksum not in names:
            failures.append(f"{module}: no {name}{checksum}")
    return bundle.read(name)


def entries(jar):
    return zipfile.ZipFile(io.BytesIO(jar)).namelist()


def pom(module):
    data = need(module, ".pom")
    return None if data is None else ET.fromstring(data)


def licence_and_scm(module, root):
    """The licence names and SCM connection of a POM, or of its parent in the bundle."""
    licences = [e.text for e in root.findall("m:licenses/m:license/m:name", NS)]
    scm = root.findtext("m:scm/m:connection", None, NS)
    parent = root.findtext("m:parent/m:artifactId", None, NS)
    if (not licences or not scm) and parent:
        parent_root = pom(parent)
        if parent_root is not None:
            parent_licences, parent_scm = licence_and_scm(parent, parent_root)
            licences = licences or parent_licences
            scm = scm or parent_scm
    return licences, scm


for module in jar_modules + pom_modules:
    root = pom(module)
    if root is not None:
        licences, scm = licence_and_scm(module, root)
        if licences != ["Apache-2.0"]:
            failures.append(f"{module}: POM licences {licences}, expected ['Apache-2.0']")
        if not scm:
            failures.append(f"{module}: POM has no <scm><connection>")
    sbom = need(module, "-cyclonedx.json")
    if sbom is not None:
        document = json.loads(sbom)
        component = document.get("metadata", {}).get("component", {})
        if document.get("bomFormat") != "CycloneDX" or component.get("name") != module:
            failures.append(f"{module}: the SBOM is not a CycloneDX document of {module}")
for module in jar_modules:
    for suffix, wanted, what in ((".jar", ".class", "classes"),
                                 ("-sources.jar", ".java", "sources"),
                                 ("-javadoc.jar", "index.html", "javadoc")):
        jar = need(module, suffix)
        if jar is not None and not any(e.endswith(wanted) for e in entries(jar)):
            failures.append(f"{module}: {path(module, suffix)} has no {what}")

expected = {f"{GROUP_PATH}/{m}/{version}" for m in jar_modules + pom_modules}
for folder in sorted({name.rsplit("/", 1)[0] for name in names} - expected):
    failures.append(f"unexpected files in the bundle under {folder}/")

for failure in failures:
    print(f"release bundle: {failure}")
print(f"release bundle: {len(jar_modules)} jar modules and {len(pom_modules)} POM modules"
      f" checked in {bundle_path}: {len(failures)} problems")
sys.exit(1 if failures else 0)
