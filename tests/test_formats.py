"""Each reader on real files built here: what a person sees is what the splitter gets."""

from __future__ import annotations

import codecs
from email.message import EmailMessage

import pytest

from parsers.docx import read_docx
from parsers.eml import read_eml
from parsers.extract import extract
from parsers.html import read_html
from parsers.pdf import read_pdf
from parsers.text import read_text
from tests import builders as b


def texts(doc, kind=None):
    return [
        x.text for x in doc.blocks if x.kind != "furniture" and (kind is None or x.kind == kind)
    ]


def labels(doc):
    return [(x.label, x.text) for x in doc.blocks if x.label]


# --- DOCX: the three numbering cases, tables, headings, bold runs --------------------------


def test_docx_numbering_set_on_the_paragraph():
    body = b.para("Was there a review?", num=1) + b.para("Provide any papers.", num=1)
    doc = read_docx(b.docx(body))
    assert labels(doc) == [("1.", "Was there a review?"), ("2.", "Provide any papers.")]


def test_docx_numbering_inherited_from_a_list_style():
    body = b.para("Was there a review?", style="FOIQuestion") + b.para(
        "Does your policy require a s47 investigation?", style="FOIQuestion"
    )
    doc = read_docx(b.docx(body))
    assert labels(doc) == [
        ("1.", "Was there a review?"),
        ("2.", "Does your policy require a s47 investigation?"),
    ]
    assert all(x.strong for x in doc.blocks if x.label)  # the style is bold


def test_docx_numbering_continues_across_interrupting_paragraphs():
    body = (
        b.para("Was there a review?", num=1)
        + b.para("Yes, in March 2023.")
        + b.para("Provide any papers.", num=1)
        + b.para("None are held.")
        + b.para("Is a strategy discussion always held?", num=1)
    )
    doc = read_docx(b.docx(body))
    assert [lab for lab, _ in labels(doc)] == ["1.", "2.", "3."]


def test_docx_lettered_list_and_bullets():
    body = (
        b.para("Was there a review?", num=2) + b.para("Papers?", num=2) + b.para("a point", num=3)
    )
    doc = read_docx(b.docx(body))
    assert [lab for lab, _ in labels(doc)] == ["(a)", "(b)", "•"]


def test_docx_tables_two_and_three_columns_with_bullets_in_cells():
    two = b.table([["Question", "Response"], ["1. Was there a review?", "Yes."]])
    three = b.table(
        [
            ["No.", "Question", "Response"],
            [
                "3",
                "Is a s47 enquiry required in all cases?",
                [
                    b.para("No:", num=None),
                    b.para("a paediatric assessment first", num=3),
                    b.para("then a decision", num=3),
                ],
            ],
        ]
    )
    doc = read_docx(b.docx(two + three))
    cells = [(x.row, x.label, x.text) for x in doc.blocks if x.kind == "cell"]
    assert (2, None, "1. Was there a review?") in cells
    assert any(lab == "3" and text.startswith("Is a s47") for _, lab, text in cells)
    assert any(lab == "•" and text == "then a decision" for _, lab, text in cells)
    rows = {r for r, _, t in cells if t in ("Yes.", "1. Was there a review?")}
    assert len(rows) == 1  # question and answer share a row


def test_docx_headings_and_bold_lead_runs():
    body = (
        b.para("Question 1", style="Heading2")
        + b.para("There was a formal review.")
        + b.bold_lead(
            "2. Provide any papers that give information on the outcome.",
            "The minutes are attached.",
        )
    )
    doc = read_docx(b.docx(body, header="Exampleshire County Council letterhead"))
    heading = doc.blocks[0]
    assert heading.kind == "heading" and heading.text == "Question 1"
    assert ("2. Provide any papers that give information on the outcome.", True) in [
        (x.text, x.strong) for x in doc.blocks
    ]
    assert "The minutes are attached." in texts(doc)
    assert any(x.kind == "furniture" and "Exampleshire" in x.text for x in doc.blocks)


# --- PDF ---------------------------------------------------------------------------------


def test_pdf_running_header_page_numbers_and_a_sentence_across_the_page_break():
    page1 = [
        "Dear Requester,",
        "",
        "1. Was there a review of your policy?",
        "Yes. The partnership reviewed the protocol and the review was approved by the",
    ]
    page2 = ["executive group in May 2023 after consultation.", "", "Yours sincerely,"]
    doc = read_pdf(b.pdf([page1, page2], header="Synthetic Borough Council | FOI 123"))
    body = " ".join(texts(doc))
    assert "approved by the executive group in May 2023" in body
    assert "Page 1 of 2" not in body and "Synthetic Borough Council | FOI 123" not in body
    assert any("Synthetic Borough Council" in x.text for x in doc.blocks if x.kind == "furniture")
    assert [x.where for x in doc.blocks if x.text.startswith("1. Was")] == ["page 1"]


def test_pdf_hyphenation_and_soft_hyphens():
    lines = [
        "The chapter was revised so that the paediatric assess-",
        "ment comes first, and a bottom-",
        "shuffling baby counts as mobile; the assessment is recorded.",
        "It was reviewed and consid\u00ad",
        "ered again later.",
    ]
    body = " ".join(texts(read_pdf(b.pdf([lines], footer=False))))
    assert "paediatric assessment comes first" in body
    assert "bottom-shuffling" in body
    assert "considered" in body


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>FOI 77 | Exampleton Council</title></head><body>
<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
<header role="banner"><a href="/">Home</a></header>
<nav class="breadcrumbs"><ol><li><a href="/foi">FOI</a></li></ol></nav>
<main><h1>Bruising policy</h1>
<p><strong>1. Was there a review?</strong> Yes, in <a href="https://example.org/review">2023</a>.</p>
<ol start="2"><li>Provide any papers.<ul><li>The minutes</li></ul></li></ol>
<table><tr><th>Question</th><th>Answer</th></tr><tr><td>3</td><td>s47 in all cases?</td><td>No.</td></tr></table>
<aside><h2>Related pages</h2><a href="https://example.org/related">x</a></aside>
<div class="feedback">Was this page useful?</div></main>
<footer><a href="https://example.org/footer">Footer</a></footer></body></html>"""


def test_html_main_content_only_with_structure_and_links():
    doc = read_html(PAGE.encode())
    body = texts(doc)
    assert not any("cookies" in t or "Related" in t or "useful" in t or "Home" == t for t in body)
    assert ("1. Was there a review?", True) in [(x.text, x.strong) for x in doc.blocks]
    assert "Yes, in 2023." in body
    assert [(x.label, x.text) for x in doc.blocks if x.label] == [
        ("2.", "Provide any papers."),
        ("3", "s47 in all cases?"),
    ]
    assert doc.links == ["https://example.org/review"]
    assert doc.meta["title"] == "FOI 77 | Exampleton Council"


# --- Email -------------------------------------------------------------------------------


def _email(
    body: str, *, charset: str = "utf-8", cte: str | None = None, html: str | None = None
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Information Team <foi@exampleton.gov.uk>"
    msg["To"] = "requester@example.org"
    msg["Subject"] = "RE: FOI request"
    msg.set_content(body, charset=charset, cte=cte)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


@pytest.mark.parametrize(
    "charset,cte",
    [
        ("utf-8", "quoted-printable"),
        ("utf-8", "base64"),
        ("iso-8859-1", "quoted-printable"),
        ("windows-1252", "8bit"),
    ],
)
def test_email_transfer_encodings_and_charsets(charset, cte):
    body = "Dear Requester,\n\n1. Yes \u2013 the fee of \u00a30 applies; it was \u2018reviewed\u2019.\n\nRegards\n"
    if charset == "iso-8859-1":
        body = body.replace("\u2013", "-").replace("\u2018", "'").replace("\u2019", "'")
    doc = read_eml(_email(body, charset=charset, cte=cte))
    assert any("\u00a30" in t and "reviewed" in t for t in texts(doc))
    assert doc.meta["sender_domain"] == "exampleton.gov.uk"


def test_email_reply_told_apart_from_quoted_request():
    body = (
        "Dear Requester,\n\n1. Yes.\n\n2. None.\n\nKind regards\n\n"
        "On Tue, 11 Nov 2025 at 09:14, A Requester <a@example.org> wrote:\n"
        "> 1. Was there a review of your safeguarding policies after this guidance\n"
        "> was published, when was it, and what did it conclude?\n"
        "> 2. Provide any papers that give information on the outcome of this\n> review.\n"
    )
    doc = read_eml(_email(body))
    quoted = [x.text for x in doc.blocks if x.quote]
    own = [x.text for x in doc.blocks if not x.quote and x.kind != "furniture"]
    assert "1. Yes." in own and "2. None." in own
    assert any(t.startswith("1. Was there a review") and t.endswith("conclude?") for t in quoted)


def test_email_html_only():
    msg = EmailMessage()
    msg["From"] = "foi@exampleton.gov.uk"
    msg.set_content(
        "<html><body><p>1. Yes, reviewed.</p><blockquote><p>1. Was there a review?</p></blockquote></body></html>",
        subtype="html",
    )
    doc = read_eml(msg.as_bytes())
    assert [(x.text, x.quote) for x in doc.blocks if x.kind != "furniture"] == [
        ("1. Yes, reviewed.", False),
        ("1. Was there a review?", True),
    ]


# --- Plain text --------------------------------------------------------------------------


def test_text_crlf_bom_and_hard_wrapping():
    wrapped = (
        "Dear Requester,\r\n\r\n"
        "1. Was there a review of your safeguarding policies after this guidance\r\n"
        "was published, when was it, and what did it conclude?\r\n"
        "Yes. The local safeguarding children partnership reviewed its protocol\r\n"
        "during the spring and the revised version was approved by its executive\r\n"
        "in April 2023, with a new section on talking to parents and carers about\r\n"
        "why a referral is made.\r\n\r\n"
        "2. Provide any papers that give information on the outcome of this review.\r\n"
        "The minutes of the executive meeting are attached to this letter for you.\r\n"
    )
    doc = read_text(codecs.BOM_UTF8 + wrapped.encode("utf-8"))
    body = texts(doc)
    assert body[0] == "Dear Requester,"
    assert (
        "1. Was there a review of your safeguarding policies after this guidance was published, when was it, and what did it conclude?"
        in body
    )
    assert any(
        t.startswith("Yes. The local") and t.endswith("why a referral is made.") for t in body
    )


def test_format_is_recognised_by_content_not_name():
    html = PAGE.encode()
    assert extract(html, "response.txt").format == "html"
    assert extract(b.pdf([["hello there"]], footer=False), "letter.bin").format == "pdf"
    assert extract(b.docx(b.para("hello")), "download").format == "docx"
    assert extract(_email("Hello"), "message.txt").format == "eml"
