"""The hex layout of the map in `foi report` (foi/views/hexmap.py, shipped as foi/data/hexmap.csv):
one hex per authority, computed by the project from each authority's centroid, with
neighbours kept near neighbours and London legible."""

from __future__ import annotations

import math

from foi.views import hexmap


def test_the_shipped_hex_layout_is_the_one_the_project_computes():
    """foi/data/hexmap.csv is derived data: `python -m foi.views.hexmap` rebuilds it exactly."""
    assert hexmap.build() == hexmap.load()


def test_every_authority_has_a_hex_of_its_own(registry):
    layout = hexmap.load()
    assert sorted(h.code for h in layout) == sorted(a.code for a in registry.authorities)
    assert len({(h.col, h.row) for h in layout}) == 153


def test_neighbours_stay_near_neighbours_and_the_map_reads_as_england(registry):
    layout = {h.code: h for h in hexmap.load()}
    places = hexmap.centroids()
    codes = sorted(layout)

    def km(a: str, b: str) -> float:
        (_, la, lo), (_, lb, lob) = places[a], places[b]
        return math.hypot(la - lb, (lo - lob) * math.cos(math.radians(52.5))) * 111

    cell = {c: (layout[c].col, layout[c].row) for c in codes}
    for code in codes:  # the place nearest on the ground is at most two hexes away
        nearest = min((c for c in codes if c != code), key=lambda c: km(code, c))
        assert hexmap.hex_distance(cell[code], cell[nearest]) <= 2, layout[code].nice_name
    # the map is one piece: every hex touches another
    cells = set(cell.values())
    assert all(any(n in cells for n in hexmap.neighbours(*c)) for c in cells)
    # London's 33 boroughs form one block that can be read
    london = {cell[c] for c in codes if c.startswith("E09")}
    seen, todo = set(), [next(iter(london))]
    while todo:
        c = todo.pop()
        seen.add(c)
        todo += [n for n in hexmap.neighbours(*c) if n in london and n not in seen]
    assert len(london) == 33 and seen == london
    # and the compass holds
    by_name = {layout[c].nice_name: layout[c] for c in codes}
    assert by_name["Northumberland"].row < by_name["Leeds"].row < by_name["Birmingham"].row
    assert by_name["Birmingham"].row < by_name["Hampshire"].row
    assert by_name["Cornwall"].col < by_name["Devon"].col < by_name["Dorset Council"].col < by_name["Kent"].col  # fmt: skip
    assert by_name["Liverpool"].col < by_name["Manchester"].col < by_name["Leeds"].col
    assert by_name["Hertfordshire"].row < by_name["Camden"].row < by_name["Surrey"].row
    assert by_name["Essex"].col > by_name["Tower Hamlets"].col > by_name["Hillingdon"].col


def test_a_countys_centroid_is_that_of_its_districts():
    """mySociety's register puts Lancashire's point near Corby; its districts are right."""
    _, lat, lon = hexmap.centroids()["E10000017"]  # Lancashire
    assert 53.6 < lat < 54.1 and -3.0 < lon < -2.2
