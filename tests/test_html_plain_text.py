"""A letter or an email published on a web page as it was typed (in <pre>, or an element
styled white-space: pre): its blank lines and hard line breaks are its paragraphs, read as
a text file's, so each answer is found and a quoted request stays quoted. Before, the page's
whitespace rules ran every paragraph into one, and such a reply read as "not held"."""

from __future__ import annotations

import html

import pytest

from foi.campaigns.campaign import load_campaign
from foi.reference.registry import Registry
from parsers.html import read_html
from parsers.response import parse_document

# Written for this test (synthetic): a reply as a case system's email would print it.
LETTER = """Wiltshire Council (synthetic test letter)
Information Governance Team

Our reference: FOI-2025-88120
Date: 3 December 2025

Dear Requester

Thank you for your request about bruising in non-mobile infants. Our answers
follow each of your questions.

1. Was there a review of your safeguarding policies after this guidance was
published, when was it, and what did it conclude?
Yes. The partnership's policy group reviewed the protocol in January 2024 and
concluded that it needed a clearer definition of mobility.

2. Provide any papers that give information on the outcome of this review.
The minutes of the policy group meeting are attached to this letter.

3. Does your policy require a s47 investigation or strategy discussion in all
cases?
No. A strategy discussion is held where the paediatric assessment raises
concern.

4. What changes were put in place to provide consistency with the evidence base
and national guidelines.
Training for health visitors was refreshed and the referral form was updated.

5. Were there changes to your definition of when a child is not independently
mobile and how is that now defined?
Yes. A baby who can roll over is now treated as not independently mobile; age
is not used on its own.

Yours sincerely

Information Governance Team
"""
QUOTED = "\n".join(
    [
        "Thank you for your email. The partnership reviewed its protocol in May 2023.",
        "",
        "-----Original Message-----",
        "From: A Requester",
        "> 1. Was there a review of your safeguarding policies after this guidance was",
        "> published?",
    ]
)


def page(body: str) -> bytes:
    return (
        "<!doctype html><html><head><title>FOI response</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main><h1>Bruising in non-mobile infants</h1>"
        f"{body}</main><footer>Contact us</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        f"<pre>{html.escape(LETTER)}</pre>",
        f"<pre>{html.escape(LETTER.replace(chr(10), chr(13) + chr(10)))}</pre>",  # CRLF
        f"<p>Our response:</p><div style='white-space: pre-wrap'>{html.escape(LETTER)}</div>",
    ],
    ids=["pre", "pre-crlf", "pre-wrap"],
)
def test_a_letter_typed_as_plain_text_is_read_paragraph_by_paragraph(body):
    doc = read_html(page(body))
    texts = [b.text for b in doc.blocks]
    assert "Dear Requester" in texts  # its own paragraph, not run into the letterhead
    assert any(t.startswith("Yes. The partnership's policy group reviewed") for t in texts)
    parsed = parse_document(page(body), "reply.html", load_campaign(), Registry.load())
    assert [a.question_no for a in parsed.answers] == [1, 2, 3, 4, 5]
    assert parsed.outcome.value == "answered"


def test_the_request_quoted_under_a_plain_text_email_stays_quoted():
    doc = read_html(page(f"<pre>{html.escape(QUOTED)}</pre>"))
    own = [b.text for b in doc.blocks if not b.quote and b.kind != "furniture"]
    quoted = [b.text for b in doc.blocks if b.quote]
    assert any("reviewed its protocol in May 2023" in t for t in own)
    assert any("Was there a review of your safeguarding" in t for t in quoted)
    assert not any("Was there a review of your safeguarding" in t for t in own)


def test_blocks_inside_a_preformatted_element_are_walked_as_blocks():
    body = "<div style='white-space: pre-line'><p>First paragraph.</p><p>Second one.</p></div>"
    texts = [b.text for b in read_html(page(body)).blocks]
    assert "First paragraph." in texts and "Second one." in texts
