"""Who wrote a reply: the sender, never a body the text merely mentions.

A letter names many bodies: the partnership, the Panel, neighbouring councils, the ICO in
its appeal paragraph. The sender is found where a reader looks for it: the email's From:,
the page's owner, the letterhead, the signature block, and sentences in which the body
speaks of itself ("received by Cumbria Constabulary", "Humberside Police can confirm").
Clues are scored by where they stand; the sender is the best-scored body, and only a
council with children's services (one of the registry's authorities) is an authority.
Police forces, NHS bodies, government departments, regulators, partnerships, district
councils and mail systems are senders of their own kind, with the reason.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from parsers.boilerplate import is_boilerplate
from parsers.model import Block, Document
from parsers.protocols import RegistryLike

_NAME = r"(?:[A-Z][\w'’&.-]*|and|&|of|the|upon|on|in)"
# Each kind of body with a word every one of its names holds (looked for first: most blocks
# name none, and the word is found at a fraction of the cost of the name), and its names.
BODIES: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "police",
        re.compile(r"Police|Constabulary|PSNI"),
        re.compile(
            r"Police\s+Service\s+of\s+(?:Northern\s+Ireland|Scotland)|Police\s+Scotland|PSNI\b"
            r"|(?:Metropolitan|British\s+Transport|City\s+of\s+London)\s+Police(?:\s+Service)?"
            r"|(?:[A-Z][\w'’&-]*\s+){1,4}(?:Constabulary|Police)(?:\s+(?:Service|Force))?\b",
        ),
    ),
    (
        "nhs",
        re.compile(r"NHS|Integrated|ICB|Health|Clinical"),
        re.compile(
            rf"(?:[A-Z][\w'’&-]*\s+(?:{_NAME}\s+){{0,6}})?NHS\s+(?:Foundation\s+)?Trust\b"
            r"|(?:NHS\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}(?:Integrated\s+Care\s+Board|ICB|Health\s+Board|"
            r"Clinical\s+Commissioning\s+Group)\b|\bNHS\s+England\b"
        ),
    ),
    (
        "government",
        re.compile(r"Ministry|Department|Home|Cabinet|HM|DfE|MHCLG|DHSC"),
        re.compile(
            r"(?:Ministry|Department)\s+(?:of|for)(?:[\s,]+(?:[A-Z][a-z]+|and|&))+"
            r"|\b(?:Home|Cabinet)\s+Office\b|\bHM\s+Treasury\b|\bHM\s+Revenue\s+(?:and|&)\s+Customs\b"
            r"|\bDfE\b|\bMHCLG\b|\bDHSC\b"
        ),
    ),
    (
        "regulator",
        re.compile(r"Commission|Ofsted"),
        re.compile(
            r"Information\s+Commissioner['’]?s\s+Office|\bOfsted\b|Care\s+Quality\s+Commission"
        ),
    ),
    ("transport", re.compile(r"Transport|TfL"), re.compile(r"Transport\s+for\s+London|\bTfL\b")),
    (
        "partnership",
        re.compile(r"Safeguarding"),
        re.compile(
            r"(?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of|the)\s+)?){1,6}Safeguarding\s+(?:Children(?:['’]s)?\s+)?"
            r"(?:Partnership|Board)\b"
        ),
    ),
    (
        "mail_system",
        re.compile(r"(?i:mail|postmaster)"),
        re.compile(r"Mail\s+Delivery\s+(?:System|Subsystem)|MAILER-DAEMON|Postmaster", re.I),
    ),
]
# Bodies nearly every letter names in passing (the appeal paragraph, the request itself):
# they count only where they stand as the sender.
PASSING = {"regulator"}
# A partnership is what most replies are about, and rarely who sends them: its name counts
# for half, except as the email's sender or the page's owner.
HALF = {"partnership"}
DOMAIN_KINDS = [
    (re.compile(r"(?:^|\.)police\.uk$"), "police"),
    (re.compile(r"(?:^|\.)(?:nhs\.uk|nhs\.net)$"), "nhs"),
    (re.compile(r"(?:^|\.)ico\.org\.uk$"), "regulator"),
    (re.compile(r"(?:^|\.)tfl\.gov\.uk$"), "transport"),
]
EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")  # linear: starts at a boundary
# The body speaking of itself: "received by X", "X can confirm", "on behalf of X".
SELF_BEFORE = re.compile(
    r"(?:received\s+by|held\s+by|on\s+behalf\s+of|response\s+from|behalf\s+of|"
    r"response\s+of|information\s+held\s+by|reply\s+from)\s+(?:the\s+)?$"
    # A case system's field: "Organisation ........: North Northamptonshire Council".
    r"|\b(?:organisation|public\s+(?:authority|body)|authority|council|responding\s+body)\s*[.:]{1,}\s*$",
    re.I,
)
SELF_AFTER = re.compile(
    r"^['’]s\s+response|^\s+(?:can\s+confirm|does\s+(?:not\s+)?hold|do(?:es)?\s+hold|holds\b|"
    r"has\s+(?:now\s+)?(?:completed|considered|decided)|is\s+(?:unable|not\s+able|required)|"
    r"received\s+your|would\s+like\s+to)",
    re.I,
)
# Another body, the one the request is pointed to: "would be held by X", "a matter for X",
# "make a request to X", "X will be able to tell you". Looked for before SELF_BEFORE, whose
# "held by X" is the body speaking of itself only where nothing says "would be" or "is".
OTHER_BEFORE = re.compile(
    r"(?:(?:would|will)\s+be|is|are)\s+held\s+by\s+(?:the\s+)?$|\ba\s+matter\s+for\s+(?:the\s+)?$"
    r"|\b(?:make|send|direct|address)\s+(?:a\s+|your\s+)?(?:request|question|questions)\s+to\s+(?:the\s+)?$",
    re.I,
)
OTHER_AFTER = re.compile(r"^\s+(?:will|would|should|may)\s+be\s+able\s+to\b", re.I)
APPEAL = re.compile(r"Wycliffe\s+House|Information\s+Commissioner|ico\.org\.uk", re.I)
REVIEW_ADDRESS = re.compile(r"\binternal\s+review\b|\bcomplain", re.I)

# Weights by position: where a reader looks for the sender.
W_HEADER = 10.0  # From:, the request page's public body, the site the page was fetched from
W_EDGE = 4.0  # letterhead and signature block
W_SELF = 3.0  # "X can confirm ..."
W_BODY = 1.0  # a mention anywhere else
W_PLACE = 1.5  # a bare place name, even in a letterhead
MIN_SCORE = 3.0
FULL_NAME = re.compile(
    r"Council|Borough|City of|Corporation|County\b(?! Durham)|Royal|London"
)  # a body only mentioned in passing is not a sender


@dataclass
class Sender:
    name: str | None
    kind: str | None  # authority | council | police | nhs | government | regulator | ...
    code: str | None  # GSS code, for councils
    in_scope: bool  # one of the registry's authorities (children's services)
    reason: str | None = None  # why it is not an authority, where it is not
    evidence: str | None = None
    score: float = 0.0


@dataclass(frozen=True)
class _Body:
    kind: str
    name: str
    code: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """One body however it is written: "Durham Constabulary", "Disclosure Unit Durham
        Constabulary" and durham.police.uk are one force."""
        if self.code:
            return (self.kind, self.code)
        if "." in self.name and " " not in self.name:  # a domain: its first label
            return (self.kind, self.name.split(".")[0].lower())
        m = re.search(
            r"([\w'’-]+)\s+(?:Constabulary|Police|NHS|Integrated|ICB|Safeguarding)", self.name
        )
        return (self.kind, (m.group(1) if m else self.name).lower())


def _matches(
    text: str, registry: RegistryLike, *, all_councils: bool = True
) -> list[tuple[int, int, _Body]]:
    """Every body named in the text; where names overlap the longest wins
    ("Durham Constabulary" over "Durham"). `all_councils`: look for every UK council, not
    only the registry's authorities (where the sender is looked for, not in the body)."""
    found: list[tuple[int, int, _Body]] = []
    for hit in registry.name_finder.finditer(text):
        code = registry.code_for_variant(hit.group(0))
        authority = registry.get(code)
        assert authority is not None  # a variant of one of the registry's own names
        found.append((hit.start(), hit.end(), _Body("authority", authority.name, code)))
    uk = registry.uk if all_councils else None
    if uk is not None:
        for hit in uk.name_finder.finditer(text):
            c = uk.for_variant(hit.group(0))
            if c.children_services and (authority := registry.get(c.code)):
                body = _Body("authority", authority.name, c.code)
            else:
                body = _Body("council", c.name, c.code)
            found.append((hit.start(), hit.end(), body))
    for kind, word, pattern in BODIES:
        if not word.search(text):
            continue  # no name of this kind here
        for m in pattern.finditer(text):
            name = re.sub(r"\s+", " ", m.group(0)).strip()
            name = re.sub(r"^(?:The|the|and|of)\s+", "", name)
            found.append((m.start(), m.end(), _Body(kind, name)))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, _Body]] = []
    for start, end, body in found:
        if any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in out):
            continue
        if out and out[-1][0] == start and out[-1][1] == end:
            continue  # the same span from both registries
        if out and start < out[-1][1]:
            continue  # overlaps a longer name that starts earlier
        out.append((start, end, body))
    return out


def _domain_body(domain: str, registry: RegistryLike) -> _Body | None:
    domain = domain.lower().strip(".")
    if a := registry.by_domain(domain):
        return _Body("authority", a.name, a.code)
    for pattern, kind in DOMAIN_KINDS:
        if pattern.search(domain):
            return _Body(kind, domain)
    return None


def _readable(text: str) -> str:
    """An all-capitals letterhead ("HUMBERSIDE POLICE") in the case names are written in."""
    if text.isupper() and len(text) > 6:
        return re.sub(r"[A-Z][A-Z'’-]+", lambda m: m.group(0).capitalize(), text)
    # A name in capitals within mixed text ("LINCOLNSHIRE COUNTY COUNCIL - Case export").
    return re.sub(
        r"\b[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+)+\b",
        lambda m: re.sub(r"[A-Z][A-Z'’-]+", lambda w: w.group(0).capitalize(), m.group(0)),
        text,
    )


class _Scores:
    def __init__(self) -> None:
        self.score: dict[_Body, float] = defaultdict(float)
        self.best: dict[_Body, tuple[float, str]] = {}
        self.canonical: dict[tuple[str, str], _Body] = {}

    def add(self, body: _Body, weight: float, why: str) -> None:
        known = self.canonical.get(body.key)
        if known is None or ("." in known.name and "." not in body.name):
            if known is not None:  # a name read in the text replaces a domain
                self.score[body] = self.score.pop(known)
                self.best[body] = self.best.pop(known, (0.0, ""))
            self.canonical[body.key] = body
        elif len(body.name) < len(known.name) and "." not in body.name:
            self.score[body] = self.score.pop(known)  # the shortest name reads best
            self.best[body] = self.best.pop(known, (0.0, ""))
            self.canonical[body.key] = body
        body = self.canonical[body.key]
        self.score[body] += weight
        if weight > self.best.get(body, (0.0, ""))[0]:
            self.best[body] = (weight, why)

    def text(
        self, text: str, weight: float, registry: RegistryLike, *, self_cues: bool = False
    ) -> None:
        text = _readable(text)
        # Districts and other councils are looked for where a sender stands; in the body a
        # mention weighs too little to matter, and the whole register is slow to search.
        for start, end, body in _matches(text, registry, all_councils=weight > W_BODY):
            w = weight
            if (
                self_cues
                and weight < W_HEADER
                and (
                    OTHER_BEFORE.search(text[max(0, start - 40) : start])
                    or OTHER_AFTER.search(text[end : end + 40])
                )
            ):
                continue  # the body the request is pointed to, not the one replying
            if self_cues and (
                SELF_BEFORE.search(text[max(0, start - 40) : start])
                or SELF_AFTER.search(text[end : end + 40])
            ):
                w = max(w, W_SELF)
            if body.kind in PASSING and w < W_EDGE:
                continue
            if body.kind in HALF and w < W_HEADER:
                w /= 2
            if body.kind in ("authority", "council") and not FULL_NAME.search(text[start:end]):
                w = min(w, W_PLACE)  # "Durham" in an address is a place, not a sender
            self.add(body, w, text[start:end])
        if "@" not in text:
            return  # no address in it (the address regex tries every character)
        for m in EMAIL.finditer(text):
            if m.group(1).lower() in ("mailer-daemon", "postmaster"):
                self.add(_Body("mail_system", "mail server"), weight, m.group(0))
            elif sender := _domain_body(m.group(2), registry):
                self.add(sender, weight * 1.2, m.group(0))


SALUTATION = re.compile(r"^\s*(?:dear|to\s+whom|hello|hi)\b", re.I)
SIGN_OFF = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|many\s+thanks|"
    r"thank\s+you|with\s+best\s+wishes|best\s+wishes)\b",
    re.I,
)


def _edges(blocks: list[Block]) -> tuple[list[Block], list[Block], list[Block]]:
    """Letterhead (the blocks before the salutation or the first paragraph of prose),
    signature (the blocks after the sign-off, or the last lines where there is none) and
    the rest."""
    head: list[Block] = []
    for b in blocks[:8]:
        if SALUTATION.match(b.text) or len(b.text) > 150:
            break
        head.append(b)
    signed = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            # ("Thank you for your request. Our answers ..." opens a letter; "Thank you," ends one)
            if SIGN_OFF.match(blocks[i].text) and len(blocks[i].text) < 60
        ),
        None,
    )
    if signed is not None and signed >= len(head):
        tail = [
            b
            for b in blocks[signed : signed + 8]
            if not (is_boilerplate(b.text) and len(b.text) > 60)
        ]
    else:
        # No sign-off: the last lines that are not a case system's own ("[END OF CASE
        # EXPORT]", "=====") nor boilerplate.
        system = re.compile(r"^\s*(?:[\[(].*[\])]|[-=_*#|]{4,}.*)\s*$")
        tail = [
            b
            for b in blocks[-8:]
            if not is_boilerplate(b.text) and len(b.text) < 150 and not system.match(b.text)
        ][-4:]
    tail = [b for b in tail if not APPEAL.search(b.text)]
    edge_ids = {id(b) for b in head + tail}
    return head, tail, [b for b in blocks if id(b) not in edge_ids]


def detect_sender(doc: Document, registry: RegistryLike, host: str | None = None) -> Sender:
    """`registry` is foi.reference.registry.Registry (parsers do not import foi)."""
    s = _Scores()
    for clue in (host, doc.meta.get("sender_domain")):
        if clue and (body := _domain_body(clue, registry)):
            s.add(body, W_HEADER, f"sent from {clue}")
    for key in ("from", "addressed_to"):
        if doc.meta.get(key):
            s.text(doc.meta[key], W_HEADER, registry)
    if doc.meta.get("report") or re.search(
        r"mailer-daemon|postmaster", doc.meta.get("from", ""), re.I
    ):
        s.add(_Body("mail_system", "mail server"), W_HEADER * 2, "a delivery report")
    own = [b for b in doc.blocks if b.kind != "furniture" and not b.quote]
    head, tail, middle = _edges(own)
    for b in doc.blocks:
        if b.kind == "furniture":
            s.text(b.text, W_EDGE, registry)
    for b in head + tail:
        s.text(b.text, W_EDGE, registry, self_cues=True)
    if not head and own:
        # A case export whose header runs into one long block ("LINCOLNSHIRE COUNTY COUNCIL -
        # INFORMATION GOVERNANCE Case export ..."): its opening is the letterhead.
        s.text(own[0].text[:160], W_EDGE, registry, self_cues=True)
    for b in middle:
        s.text(b.text, W_BODY, registry, self_cues=True)
        if REVIEW_ADDRESS.search(b.text):
            # "ask for an internal review by writing to foi@gloucestershire.gov.uk", "... to
            # Information Management, Sefton Council, Bootle": the address a council gives
            # for reviews of its own decisions is its own.
            for sent in re.split(r"(?<=[.!?])\s+", b.text):
                if REVIEW_ADDRESS.search(sent) and not APPEAL.search(sent):
                    s.text(sent, W_SELF, registry)
            for m in EMAIL.finditer(b.text):
                if body := _domain_body(m.group(2), registry):
                    s.add(body, W_SELF, m.group(0))
    if not s.score:
        return Sender(None, None, None, False, "no sender named")
    body = max(s.score, key=lambda b: s.score[b])
    score = s.score[body]
    if score < MIN_SCORE:
        return Sender(None, None, None, False, "no sender named where a reply names it")
    evidence = s.best[body][1]
    if body.kind == "authority":
        return Sender(body.name, "authority", body.code, True, None, evidence, score)
    return Sender(body.name, body.kind, body.code, False, _why(body, registry), evidence, score)


def _why(body: _Body, registry: RegistryLike) -> str:
    if body.kind == "council":
        uk = registry.uk
        c = uk.by_code.get(body.code or "")
        county = uk.by_code.get(c.county_code) if c else None
        if county is not None:
            return f"{body.name} has no children's services ({county.name} has)"
        return f"{body.name} is not one of the authorities with children's services in England"
    labels = {
        "police": "a police force",
        "nhs": "an NHS body",
        "government": "a government department",
        "regulator": "a regulator",
        "transport": "a transport body",
        "partnership": "a safeguarding partnership, not a council",
        "mail_system": "a mail server's automatic message",
    }
    return f"sent by {labels.get(body.kind, 'a body')} ({body.name}), not a council with children's services"
