"""A hex-cartogram layout of the 153 authorities, computed from their centroids.

Every authority gets a hex of its own, so a county and a London borough weigh the same on
the map. The layout is derived by this module from the `lat`/`long` of each authority in the
project's registry of UK councils (`foi/data/uk_councils.csv`, from mySociety's register of
local authority names and codes, CC BY 4.0), and shipped as `foi/data/hexmap.csv`:

1. the centroids are projected (longitude scaled by the cosine of England's mean latitude;
   a county's centroid is the mean of its districts', see `uk_councils.build_uk`);
2. a rubber-sheet cartogram (Dougenik, Chrisman and Niemeyer) swells dense places (London,
   the metropolitan boroughs) and shrinks sparse ones until each point has about the same
   area, moving everything around them smoothly, so that neighbours keep their sides;
3. points closer than one hex push each other apart while each stays tied to its four
   nearest geographic neighbours (so that gaps close and no place drifts from its own);
4. the points are assigned to the cells of a hex grid, each to a different cell, by the
   assignment with the smallest total squared distance (the Hungarian method).

The grid is "odd-r": pointy-topped hexes, `row` 0 at the north and increasing southwards,
odd rows shifted half a hex east. `python -m foi.views.hexmap` rebuilds the file
(tests/test_report.py checks that the shipped file matches a rebuild).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from foi.reference import data_rows

COLUMNS = ["code", "nice_name", "col", "row"]
ROW_HEIGHT = math.sqrt(3) / 2  # between the centres of two rows, neighbours being 1 apart
HEX_AREA = ROW_HEIGHT  # of a hex whose neighbours' centres are 1 apart
DENSITY_NEIGHBOURS = 6  # local density: the area of the circle to the 6th nearest centroid
EQUALISE_STEPS = 10
EQUALISE_DAMPING = 0.1
NEIGHBOURS_HELD = 4  # each point stays tied to its 4 nearest geographic neighbours
RELAX_STEPS = 300
TIE = 0.05  # pull of a tie per step where it is longer than TIE_LENGTH
TIE_LENGTH = 1.05


@dataclass(frozen=True)
class Hex:
    code: str
    nice_name: str
    col: int
    row: int

    def centre(self) -> tuple[float, float]:
        return self.col + 0.5 * (self.row % 2), self.row * ROW_HEIGHT


def neighbours(col: int, row: int) -> list[tuple[int, int]]:
    """The six cells around (col, row) on an odd-r grid."""
    if row % 2:
        steps = [(1, 0), (-1, 0), (0, -1), (1, -1), (0, 1), (1, 1)]
    else:
        steps = [(1, 0), (-1, 0), (-1, -1), (0, -1), (-1, 1), (0, 1)]
    return [(col + dc, row + dr) for dc, dr in steps]


def hex_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Steps between two cells of an odd-r grid."""

    def cube(col: int, row: int) -> tuple[int, int, int]:
        x = col - (row - (row & 1)) // 2
        return x, row, -x - row

    (ax, ay, az), (bx, by, bz) = cube(*a), cube(*b)
    return max(abs(ax - bx), abs(ay - by), abs(az - bz))


def centroids(uk_councils: Path | None = None) -> dict[str, tuple[str, float, float]]:
    """code -> (short name, lat, long) for the 153 authorities with children's services."""
    return {
        r["code"]: (r["nice_name"], float(r["lat"]), float(r["long"]))
        for r in data_rows("uk_councils.csv", uk_councils)
        if r["children_services"] == "yes"
    }


def _distances(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairwise differences and distances (inf on the diagonal)."""
    delta = points[:, None, :] - points[None, :, :]
    dist = np.sqrt((delta**2).sum(axis=2))
    np.fill_diagonal(dist, np.inf)
    return delta, dist


def _local_area(dist: np.ndarray) -> np.ndarray:
    """Area per point around each point: the circle to its k-th nearest neighbour over k."""
    k = DENSITY_NEIGHBOURS
    return np.pi * np.sort(dist, axis=1)[:, k - 1] ** 2 / k


def _equalise(points: np.ndarray) -> np.ndarray:
    """A rubber-sheet cartogram of points (Dougenik, Chrisman and Niemeyer's method, 1985,
    with each point's share of area estimated from its neighbours): dense places swell and
    sparse ones shrink, smoothly, so that every point ends up with about the same area and
    keeps its neighbours on the same sides."""
    n = len(points)
    eye = np.eye(n, dtype=bool)
    for _ in range(EQUALISE_STEPS):
        delta, dist = _distances(points)
        area = _local_area(dist)
        radius = np.sqrt(area / np.pi)
        mass = np.sqrt(area.mean() / np.pi) - radius  # > 0: needs to grow
        reduction = 1 / (1 + np.mean(np.abs(area - area.mean()) / area.mean()))
        d = np.where(eye, 1.0, dist)
        r = radius[:, None]
        force = np.where(
            d > r, mass[:, None] * r / d, mass[:, None] * (d / r) ** 2 * (4 - 3 * d / r)
        )
        force[eye] = 0
        away = -delta / d[..., None]  # from point i (row) towards point j (column)
        away[eye] = 0
        points = points + (away * force[..., None]).sum(axis=0) * reduction * EQUALISE_DAMPING
    return points


def _relax(points: np.ndarray, geography: np.ndarray) -> np.ndarray:
    """Points closer than one hex push each other apart; each stays tied to its nearest
    geographic neighbours, so that gaps close and no place drifts away from its own."""
    n = len(points)
    _, geo = _distances(geography)
    tied = np.zeros((n, n), dtype=bool)
    nearest = np.argsort(geo, axis=1)[:, :NEIGHBOURS_HELD]
    tied[np.arange(n)[:, None], nearest] = True
    tied |= tied.T
    for _ in range(RELAX_STEPS):
        delta, dist = _distances(points)
        unit = delta / np.where(np.isfinite(dist), dist, 1.0)[..., None]
        overlap = np.clip(1.0 - dist, 0, None)
        stretch = np.where(tied & (dist > TIE_LENGTH), dist - TIE_LENGTH, 0.0)
        points = (
            points
            + (unit * overlap[..., None]).sum(axis=1) / 2
            - TIE * (unit * stretch[..., None]).sum(axis=1)
        )
    return points


def _assign(cost: np.ndarray) -> list[int]:
    """The column for each row that minimises the total cost, each column used at most once
    (the Hungarian method with potentials, O(n^2 m), vectorised over columns)."""
    n, m = cost.shape
    if n > m:
        raise ValueError("more points than cells")
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    match = np.zeros(m + 1, dtype=int)  # match[j]: the row (1-based) in column j, 0 for none
    way = np.zeros(m + 1, dtype=int)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = match[j0]
            free = ~used
            free[0] = False
            reduced = np.full(m + 1, np.inf)
            reduced[1:] = cost[i0 - 1] - u[i0] - v[1:]
            better = free & (reduced < minv)
            minv[better] = reduced[better]
            way[better] = j0
            candidates = np.where(free, minv, np.inf)
            j1 = int(np.argmin(candidates))
            delta = candidates[j1]
            taken = np.nonzero(used)[0]
            u[match[taken]] += delta
            v[taken] -= delta
            minv[free] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    out = [0] * n
    for j in range(1, m + 1):
        if match[j]:
            out[match[j] - 1] = j - 1
    return out


def build(uk_councils: Path | None = None) -> list[Hex]:
    """The layout, one hex per authority, sorted by code."""
    places = centroids(uk_councils)
    codes = sorted(places)
    lat = np.array([places[c][1] for c in codes])
    lon = np.array([places[c][2] for c in codes])
    scale = math.cos(math.radians(float(lat.mean())))
    # x east, y south (rows are counted from the north), in degrees of latitude.
    geography = np.column_stack([lon * scale, -lat])
    points = _equalise(geography)
    # One hex's area per point, as the map has one hex per authority.
    points = points * np.sqrt(HEX_AREA / np.median(_local_area(_distances(points)[1])))
    points = _relax(points, geography)
    points -= points.min(axis=0) - 1.5
    cols = int(points[:, 0].max()) + 3
    rows = int(points[:, 1].max() / ROW_HEIGHT) + 3
    cells = [(c, r) for r in range(rows) for c in range(cols)]
    centres = np.array([(c + 0.5 * (r % 2), r * ROW_HEIGHT) for c, r in cells])
    cost = ((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    chosen = [cells[j] for j in _assign(cost)]
    # Trim the empty margin; rows move by an even number so odd rows stay odd.
    min_col = min(c for c, _ in chosen)
    min_row = min(r for _, r in chosen) // 2 * 2
    return [
        Hex(code, places[code][0], c - min_col, r - min_row)
        for code, (c, r) in zip(codes, chosen, strict=True)
    ]


def write(hexes: list[Hex], out: Path) -> None:
    from foi.archive.atomic import atomic_write_text

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for h in hexes:
        writer.writerow([h.code, h.nice_name, h.col, h.row])
    atomic_write_text(out, buf.getvalue())


def load() -> list[Hex]:
    """The shipped layout (foi/data/hexmap.csv)."""
    return [
        Hex(r["code"], r["nice_name"], int(r["col"]), int(r["row"]))
        for r in data_rows("hexmap.csv")
    ]


if __name__ == "__main__":  # python -m foi.views.hexmap: rebuild foi/data/hexmap.csv
    target = Path(__file__).parent.parent / "data" / "hexmap.csv"
    layout = build()
    write(layout, target)
    print(f"wrote {len(layout)} hexes to {target}")
