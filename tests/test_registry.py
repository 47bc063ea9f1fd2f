from __future__ import annotations

import csv

import pytest

from foi.reference import registry as reg
from foi.reference import uk_councils
from foi.reference.registry import Registry
from tests.conftest import ROOT, SHARED


def test_registry_has_153_unique_english_codes(registry):
    codes = [a.code for a in registry.authorities]
    assert len(codes) == 153 and len(set(codes)) == 153
    assert all(c[:3] in ("E06", "E08", "E09", "E10") for c in codes)
    assert len({a.mysoc_code for a in registry.authorities}) == 153


def test_every_authority_has_a_domain_and_region(registry):
    assert all(a.domains for a in registry.authorities)
    domains = [d for a in registry.authorities for d in a.domains]
    assert len(domains) == len(set(domains))
    assert {a.region for a in registry.authorities} >= {"London", "North East", "South West"}
    assert registry.get("E10000007").region == "East Midlands"  # Derbyshire, corrected


@pytest.mark.parametrize(
    "name,code",
    [
        ("Telford & Wrekin", "E06000020"),
        ("Telford and Wrekin Council", "E06000020"),
        ("Bury Council", "E08000002"),
        ("RBKC", "E09000020"),
        ("Royal Borough of Kensington and Chelsea", "E09000020"),
        ("Hull City Council", "E06000010"),
        ("Durham County Council", "E06000047"),
        ("St. Helens Council", "E08000013"),
        ("Brighton & Hove City Council", "E06000043"),
        ("BCP Council", "E06000058"),
        ("London Borough of Camden", "E09000007"),
        ("Camden Council", "E09000007"),
        ("City of York Council", "E06000014"),
        ("Herefordshire Council", "E06000019"),
        ("Telford and Wreckin Council", "E06000020"),  # a typo, fuzzy
        ("LCE", "E06000016"),
        ("E06000016", "E06000016"),
    ],
)
def test_names_people_use_resolve(registry, name, code):
    hit = registry.resolve(name)
    assert hit is not None and hit.code == code


def test_unknown_names_do_not_resolve(registry):
    assert registry.resolve("Gotham City Council") is None
    assert registry.resolve("West Yorkshire") is None


def test_domains(registry):
    assert registry.by_domain("foi.stockport.gov.uk").code == "E08000007"
    assert registry.by_domain("example.org") is None


def test_greater_manchester_is_not_manchester(registry):
    found = [m.group(0) for m in registry.name_finder.finditer("the Greater Manchester policy")]
    assert found == []


@pytest.mark.skipif(not (SHARED / "reference").exists(), reason="needs ../shared/reference")
def test_committed_registry_matches_a_rebuild_from_reference(tmp_path):
    rows = reg.build(
        SHARED / "reference/english_cs_authorities_153.csv", ROOT / "foi/data/authority_extras.csv"
    )
    out = tmp_path / "authorities.csv"
    reg.write(rows, out)
    assert out.read_text() == (ROOT / "foi/data/authorities.csv").read_text()
    assert len(Registry.load(out).authorities) == 153


def test_build_refuses_duplicate_codes(tmp_path):
    src = ROOT / "foi/data/authorities.csv"
    rows = list(csv.DictReader(src.open()))
    ref = tmp_path / "ref.csv"
    with ref.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["local-authority-code", "gss-code", "official-name", "nice-name",
                    "local-authority-type", "region", "start-date", "wdtk-id", "gov-uk-slug"])  # fmt: skip
        for r in rows:
            w.writerow(
                [
                    r["mysoc_code"],
                    rows[0]["code"],
                    r["name"],
                    r["nice_name"],
                    r["type"],
                    r["region"],
                    "",
                    "",
                    "",
                ]
            )
    with pytest.raises(reg.RegistryError, match="153 unique"):
        reg.build(ref, ROOT / "foi/data/authority_extras.csv")


@pytest.mark.skipif(not (SHARED / "reference").exists(), reason="needs ../shared/reference")
def test_committed_uk_council_list_matches_a_rebuild_and_holds_every_authority(tmp_path):
    rows = reg.build(
        SHARED / "reference/english_cs_authorities_153.csv", ROOT / "foi/data/authority_extras.csv"
    )
    uk = uk_councils.build_uk(
        SHARED / "reference/uk_local_authorities.csv", {r["code"] for r in rows}
    )
    out = tmp_path / "uk_councils.csv"
    uk_councils.write_uk(uk, out)
    assert out.read_text() == (ROOT / "foi/data/uk_councils.csv").read_text()
    councils = uk_councils.UkCouncils.load(out)
    assert sum(c.children_services for c in councils.councils) == 153
    district = councils.for_variant("Tonbridge and Malling Borough Council")
    assert not district.children_services
    assert councils.by_code[district.county_code].name == "Kent County Council"


def test_name_finder_finds_whole_names_longest_first_without_overlap():
    from foi.reference.namefinder import NameFinder

    finder = NameFinder(["Kent", "Kent County Council", "Council of Kent", "Bath", "Bath and"])
    text = "Kent County Council, Bath-and Kentish; Council of Kent County Council. Kent"
    found = [(m.group(0), m.start(), m.end()) for m in finder.finditer(text)]
    assert found == [
        ("Kent County Council", 0, 19),  # the longest at one place
        ("Council of Kent", 39, 54),  # "Bath-" and "Kentish" are not whole names
        ("Kent", 71, 75),  # "County Council" after it overlaps nothing that starts later
    ]
    assert [m.group(0) for m in finder.finditer("Greater Kent, Kent")] == ["Kent"]
