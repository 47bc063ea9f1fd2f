"""Starting a campaign (`foi campaign new`): a request's questions, as a journalist pastes
them, into a campaign file that works at once (one free-text field per question, a
fingerprint and search terms made from the questions' words). Coded fields are added later
by hand ("Campaigns" in the README).
"""

from __future__ import annotations

import json
import re

from foi.campaigns.campaign_file import CampaignError

STOPWORDS = frozenset(
    """a about above after all also an and any are as at be because been before being between
    both but by can could did do does each for from give given had has have how if in into is
    it its many may me more most much my no not of on one or other our over please provide
    provided same should so some such than that the their them then there these they this
    those through to under up us was we were what when where whether which while who whom why
    will with would you your yours per each year years number numbers council councils
    authority authorities information request""".split()
)


def read_questions(text: str) -> list[str]:
    """The questions of a request as a journalist pastes it: numbered items ("1.", "2)",
    "Q3:", "(4)"), each with the lines that continue it; else one question per line. Lines
    before the first number (the preamble) are left out."""
    numbered = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\(?(\d{1,2})[.):]\s*(.*)$", re.I)
    questions: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if m := numbered.match(line):
            if current:
                questions.append(" ".join(current))
            current = [m.group(2).strip()] if m.group(2).strip() else []
        elif current is not None and line.strip():
            current.append(line.strip())
        elif current is not None and current:
            questions.append(" ".join(current))
            current = None
    if current:
        questions.append(" ".join(current))
    if not questions:
        questions = [line.strip() for line in text.splitlines() if line.strip()]
    return [re.sub(r"\s+", " ", q) for q in questions if q]


def _words(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[a-z][a-z0-9'-]+", text.lower())
        if w not in STOPWORDS and len(w) > 2
    ]


def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string


class _Vocabulary:
    """The questions' words: how many questions use each, and each question's telling ones."""

    def __init__(self, questions: list[str]):
        self.questions = questions
        self.counts: dict[str, int] = {}
        for q in questions:
            for w in set(_words(q)):
                self.counts[w] = self.counts.get(w, 0) + 1

    def telling(self, q: str, n: int) -> list[str]:
        """The question's words that the other questions use least, longest first."""
        words = list(dict.fromkeys(_words(q)))
        return sorted(words, key=lambda w: (self.counts[w], -len(w)))[:n]

    def shared(self) -> list[str]:
        """The request's subject: the words most of its questions share ("school crossing")."""
        return sorted(
            (w for w, c in self.counts.items() if c >= max(2, (len(self.questions) + 1) // 2)),
            key=lambda w: (-self.counts[w], -len(w)),
        )[:3]

    def subject(self, shared: list[str]) -> str:
        subject = " ".join(w for w in _words(" ".join(self.questions)) if w in shared)
        return " ".join(dict.fromkeys(subject.split()))


def new_campaign_toml(name: str, questions: list[str], today: str) -> str:
    """A campaign file for a new request: its questions (one free-text field each, so every
    reply gives question-and-answer pairs and a dataset at once), a fingerprint made of each
    question's most telling words, and search terms from them. Coded fields are added later
    by hand."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise CampaignError("a campaign's name is lower-case letters, digits and _ (my_request)")
    if not questions:
        raise CampaignError("no questions found")
    if len(questions) > 30:
        raise CampaignError(f"{len(questions)} questions: at most 30")
    words = _Vocabulary(questions)
    lines = [
        *_campaign_table(name, questions, today, words),
        *_fingerprint_tables(questions, words),
        *_question_tables(questions, words),
        *_field_tables(questions),
    ]
    return "\n".join(lines) + "\n"


def _campaign_table(name: str, questions: list[str], today: str, words: _Vocabulary) -> list[str]:
    year = int(today[:4])
    subject = words.subject(words.shared())
    terms = dict.fromkeys([subject, *(" ".join(words.telling(q, 2)) for q in questions[:5])])
    return [
        f"# Campaign {name}, started by `foi campaign new` on {today}. Each question has a free-text",
        "# field (its answer as the reply gives it); add coded fields (category, yes_no, month,",
        "# integer, count_by_year) and their rules or a rules module as you learn how councils answer.",
        "",
        "[campaign]",
        f"id = {_s(name.replace('_', '-') + '-' + str(year))}",
        f"title = {_s(questions[0][:150])}",
        f'window_start = "{today[:8]}01"',
        f'window_end = "{year + 1}-12-31"',
        "search_terms = [" + ", ".join(_s(t) for t in terms if t) + "]",
    ]


def _fingerprint_tables(questions: list[str], words: _Vocabulary) -> list[str]:
    shared = words.shared()
    lines = [
        "",
        "[fingerprint]",
        "# A reply speaks of the request's subject and of the words of at least one question (or",
        "# quotes the questions themselves).",
        *(['required = "subject"'] if shared else []),
        f"min_groups = {min(2, len(questions))}",
        "[fingerprint.groups]",
        *(
            ["subject = [" + ", ".join("'\\b" + re.escape(w) + "'" for w in shared) + "]"]
            if shared
            else []
        ),
    ]
    for n, q in enumerate(questions, start=1):
        pats = ", ".join("'\\b" + re.escape(w) + "'" for w in words.telling(q, 3))
        lines.append(f"q{n} = [{pats}]")
    return lines


def _question_tables(questions: list[str], words: _Vocabulary) -> list[str]:
    lines: list[str] = []
    keys: set[str] = set()
    for n, q in enumerate(questions, start=1):
        key = "_".join(words.telling(q, 2)).replace("-", "_").replace("'", "") or f"q{n}"
        key = key if key not in keys else f"{key}_{n}"
        keys.add(key)
        lines += [
            "",
            "[[questions]]",
            f"no = {n}",
            f"key = {_s(key)}",
            f"text = {_s(q)}",
            "keywords = [" + ", ".join(_s(w) for w in words.telling(q, 4)) + "]",
        ]
    return lines


def _field_tables(questions: list[str]) -> list[str]:
    lines: list[str] = []
    for n, q in enumerate(questions, start=1):
        lines += [
            "",
            f"[fields.q{n}]",
            f"question = {n}",
            'type = "text"',
            f'label = "Q{n}"',
            f"title = {_s(f'Q{n}: ' + (q if len(q) <= 80 else q[:77] + '...'))}",
            f"description = {_s(f'The answer to question {n} as the reply gives it: {q}')}",
        ]
    return lines
