"""What each page would cost PDFium to load: its content inflated, each form counted as often
as it is drawn, the characters of its strings and the pixels of its pictures; the page tree
walked as PDFium walks it (a kid listed twice is two pages)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from parsers.pdffile import Document
from parsers.pdflimits import MAX_FORM_DEPTH, OVER, TOKEN_COST
from parsers.pdfobjects import Ref, dicts_in
from parsers.pdfstreams import Stats


@dataclass
class PageCost:
    work: int = 0  # bytes of content inflated to load the page, forms counted per use
    chars: int = 0  # bytes in the strings it draws
    pixels: int = 0  # declared pixels of the pictures it draws, each once

    def __add__(self, other: PageCost) -> PageCost:
        return PageCost(
            self.work + other.work, self.chars + other.chars, self.pixels + other.pixels
        )

    def times(self, n: int) -> PageCost:
        return PageCost(self.work * n, self.chars * n, self.pixels)

    def max(self, other: PageCost) -> PageCost:
        return PageCost(
            max(self.work, other.work), max(self.chars, other.chars), max(self.pixels, other.pixels)
        )


class PageCosts:
    """The costs of a document's pages, each form's and XObject's cost kept for reuse."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._form_costs: dict[tuple[int, int], PageCost] = {}
        self._xobjects: dict[str, set[int]] | None = None
        self._page_costs: dict[tuple[tuple[int, ...], int], PageCost] = {}
        self._drawn_costs: dict[tuple[str, int], PageCost] = {}
        # Forms left out for drawing one another: a cost computed meanwhile depends on where
        # the drawing started, and is not kept for reuse.
        self._cuts: set[int] = set()

    def xobjects(self) -> dict[str, set[int]]:
        """Every XObject name in any resource dictionary, with the objects it stands for: a
        name drawn is taken to be the costliest object of that name anywhere in the file."""
        if self._xobjects is None:
            names: dict[str, set[int]] = {}
            for value in self.doc.mentioning(b"/XObject"):
                for d in dicts_in(value):
                    entries = self.doc.get(d.get("XObject"))
                    if isinstance(entries, dict):
                        for name, ref in entries.items():
                            if isinstance(ref, Ref):
                                names.setdefault(name, set()).add(ref.num)
            self._xobjects = names
        return self._xobjects

    def _resources(self, value: Any) -> dict[str, Any] | None:
        found = self.doc.get(value)
        return found if isinstance(found, dict) else None

    def content_cost(
        self, nums: list[int], res: dict[str, Any] | None, depth: int, stack: set[int]
    ) -> PageCost:
        """What drawing these content streams costs, with `res` their resources (None where
        they are not known: each name drawn is then the costliest of that name anywhere)."""
        cost = PageCost()
        for num, times in Counter(nums).items():
            stats = self.doc.stats.get(num, Stats())
            one = PageCost(stats.size, stats.chars)
            for name, uses in stats.draws.items():
                one += self._drawn(name, res, depth, stack).times(uses)
            cost += one.times(times)
        return cost

    def _drawn(
        self, name: str, res: dict[str, Any] | None, depth: int, stack: set[int]
    ) -> PageCost:
        """The cost of drawing an XObject by name: a picture's pixels, a form's content."""
        key = (name, id(res))
        if key in self._drawn_costs:
            return self._drawn_costs[key]
        if res is None:
            nums: Iterable[int] = self.xobjects().get(name, ())
        else:
            entries = self._resources(res.get("XObject"))
            ref = entries.get(name) if entries else None
            nums = [ref.num] if isinstance(ref, Ref) else []
        outer, self._cuts = self._cuts, set()
        worst = PageCost()
        for num in nums:
            self.doc.meter.charge(TOKEN_COST)
            for value in self.doc.versions(Ref(num, 0)):
                if not isinstance(value, dict):
                    continue
                sub = self.doc.get(value.get("Subtype"))
                if sub == "Image":
                    w, h = self.doc.get(value.get("Width")), self.doc.get(value.get("Height"))
                    if isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0:
                        worst = worst.max(PageCost(pixels=w * h))
                elif sub == "Form":
                    worst = worst.max(self._form(num, value, res, depth + 1, stack))
        if not self._cuts:  # no form left out for drawing itself: the same wherever drawn
            self._drawn_costs[key] = worst
        self._cuts |= outer
        return worst

    def _form(
        self,
        num: int,
        form: dict[str, Any],
        res: dict[str, Any] | None,
        depth: int,
        stack: set[int],
    ) -> PageCost:
        """A form's cost: its content, with its own resources or else its drawer's."""
        if depth > MAX_FORM_DEPTH:
            return PageCost(work=OVER)  # forms inside forms without end: a trap
        if num in stack:
            self._cuts.add(num)
            return PageCost()  # PDFium never draws a form inside itself
        own = self._resources(form.get("Resources"))
        use = own if own is not None else res
        key = (num, id(use))
        if key in self._form_costs:
            return self._form_costs[key]
        outer, self._cuts = self._cuts, set()
        stack.add(num)
        cost = self.content_cost([num], use, depth, stack)
        stack.discard(num)
        self._cuts.discard(num)  # itself drawn inside itself: left out wherever it is drawn
        if not self._cuts:
            self._form_costs[key] = cost
        self._cuts |= outer
        return cost

    def page_cost(self, page: dict[str, Any], inherited: dict[str, Any] | None = None) -> PageCost:
        own = self._resources(page.get("Resources"))
        res = own if own is not None else inherited
        key = (tuple(self.doc.contents(page)), id(res))
        if key not in self._page_costs:
            self._page_costs[key] = self.content_cost(list(key[0]), res, 0, set())
        return self._page_costs[key]

    def worst_page(self) -> PageCost:
        """The costliest page there could be: of every page dictionary, and of every stream
        but fonts and pictures taken as a page's only content (a page dictionary the check
        cannot parse would still be found by PDFium through the file's xref table); where
        resources are inherited, or unknown, each name drawn is the costliest of the name."""
        worst = PageCost()
        for page in self.doc.pages():
            worst = worst.max(self.page_cost(page))
        fonts = {
            ref.num
            for value in self.doc.mentioning(b"/FontFile")
            for d in dicts_in(value)
            for key in ("FontFile", "FontFile2", "FontFile3")
            if isinstance(ref := d.get(key), Ref)
        }
        for num in self.doc.stats.keys() - fonts:
            worst = worst.max(self.content_cost([num], None, 0, set()))
        return worst

    def walk(self, limit: int) -> tuple[int, list[PageCost]] | None:
        """The number of pages in the page tree as PDFium counts them (a kid listed twice is
        two pages) and the first `limit` pages' costs; None where there is no tree."""
        root = next(
            (self.doc.get(t["Root"]) for t in reversed(self.doc.trailers) if "Root" in t), None
        )
        if not isinstance(root, dict) or not isinstance(root.get("Pages"), Ref):
            return None
        memo: dict[tuple[int, int], tuple[int, list[PageCost]]] = {}

        def node(
            ref: Ref, inherited: dict[str, Any] | None, path: frozenset[int], depth: int
        ) -> tuple[int, list[PageCost]]:
            if ref.num in path or depth > 1024:
                return 0, []
            key = (ref.num, id(inherited))
            if key in memo:
                return memo[key]
            best: tuple[int, list[PageCost]] = (0, [])
            for value in self.doc.versions(ref):
                if not isinstance(value, dict):
                    continue
                kids = self.doc.get(value.get("Kids"))
                if isinstance(kids, list):
                    res = self._resources(value.get("Resources"))
                    res = res if res is not None else inherited
                    count = 0
                    costs: list[PageCost] = []
                    for kid in kids:
                        if isinstance(kid, Ref):
                            n, c = node(kid, res, path | {ref.num}, depth + 1)
                            count += n
                            if len(costs) < limit:
                                costs.extend(c[: limit - len(costs)])
                    found = (count, costs)
                else:
                    found = (1, [self.page_cost(value, inherited)])
                if found[0] > best[0] or (
                    found[0] == best[0]
                    and sum(c.work for c in found[1]) > sum(c.work for c in best[1])
                ):
                    best = found
            memo[key] = best
            return best

        try:
            return node(root["Pages"], None, frozenset(), 0)
        except RecursionError:
            return None
