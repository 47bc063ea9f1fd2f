"""`foi import` of a whole mailbox (mbox, Maildir, a folder of .eml files) and the
conversation: each council's reply counted once, nothing else counted, a second import adds
nothing; replies whose letter is an attached Outlook .msg or a scan give the facts of that
letter. The mailbox is generated (tests/mailbox_fixture.py) from the labelled corpus."""

from __future__ import annotations

import email
import io
import mailbox
import shutil
from email import policy
from pathlib import Path

import pandas as pd
import pypdfium2 as pdfium
import pytest

from foi.archive.mailbox import Importer, Message, import_mailbox, kind_of
from foi.archive.store import Archive
from foi.campaigns.campaign import load_campaign
from foi.cli import main
from foi.dataset.build import build
from foi.dataset.schema import FIELDS
from foi.parse.threads import combine, field_questions, normalise_subject, reference_numbers
from parsers.detect import sniff
from parsers.msg import read_msg
from parsers.response import parse_document
from tests.mailbox_fixture import (
    ACK_ONLY,
    CORPUS,
    SPLIT_COUNCIL,
    Generated,
    Imported,
    dataset_rows,
    generate,
    imported_mbox,
    locations,
)

NEEDS_TESSERACT = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="the scanned replies are read by OCR, which needs Debian's tesseract-ocr (apt-get "
    "install tesseract-ocr tesseract-ocr-eng); without it the generated mailbox carries those "
    "letters as text PDFs and every other mailbox test runs",
)


@pytest.fixture(scope="module")
def from_mbox(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    return imported_mbox(tmp_path_factory.mktemp("mbox"))


def test_the_generated_mailbox_is_what_the_issue_asks_for():
    box = generate()
    assert box.messages == generate().messages  # deterministic
    e = box.expected
    assert len(box.messages) >= 160 and len(e.councils) >= 40
    for data in box.messages:
        msg = email.message_from_bytes(data, policy=policy.default)
        assert msg["X-Synthetic-Test-Document"] == "yes"
    kinds = {
        email.message_from_bytes(d, policy=policy.default).get_content_type() for d in box.messages
    }
    assert "multipart/report" in kinds  # bounces
    assert any(b"Auto-Submitted: auto-replied" in d for d in box.messages)
    assert e.duplicates >= 3 and e.split and e.out_of_scope and e.sent
    assert {"acknowledgement", "clarification", "bounce", "out_of_office"} <= set(e.not_replies)
    formats = {Path(f).suffix for f in e.files.values()}
    assert {".pdf", ".docx", ".html", ".txt", ".eml"} <= formats


def test_mbox_import_counts_every_reply_once_and_nothing_else(from_mbox: Imported):
    e, s = from_mbox.generated.expected, from_mbox.summary
    assert s.failed == []
    assert s.messages == from_mbox.generated.unique and s.duplicates == e.duplicates
    assert dict(s.replies) == dict(e.reply_messages)
    for kind, n in e.not_replies.items():
        assert s.not_replies[kind] == n, kind
    assert len(s.out_of_scope) == len(e.out_of_scope) == 1

    responses = pd.read_parquet(from_mbox.data_dir / "dataset" / "responses.parquet")
    assert sorted(responses["authority_code"]) == sorted(e.replies)  # once each, no other
    assert not set(ACK_ONLY) & set(responses["authority_code"])
    where = locations(from_mbox.data_dir)
    for row in responses.itertuples():
        # The reply that stands: the corrected letter, the later part, never an acknowledgement.
        assert row.url == where[e.replies[row.authority_code]], row.authority_code
        assert row.platform == "mailbox"


def test_a_reply_in_two_parts_is_combined(from_mbox: Imported):
    data = from_mbox.data_dir / "dataset"
    answers = pd.read_parquet(data / "answers.parquet")
    mine = answers[answers["authority_code"] == SPLIT_COUNCIL].sort_values("question_no")
    assert list(mine["status"]) == ["answered"] * 5
    assert "procedures group reviewed" in mine.iloc[0]["answer_text"]  # part 1
    assert "roll over" in mine.iloc[4]["answer_text"]  # part 2
    row = pd.read_parquet(data / "responses.parquet").set_index("authority_code").loc[SPLIT_COUNCIL]
    assert row["outcome"] == "answered"
    assert row["s47_all_cases"] == "no" and row["review_date"] == "2023-03"  # from part 1
    assert row["definition_changed"] == "yes" and row["rolling_is_non_mobile"] == "yes"  # part 2


def test_a_second_import_adds_nothing(from_mbox: Imported, tmp_path: Path):
    manifest = from_mbox.data_dir / "manifest.jsonl"
    before = manifest.read_bytes()
    mbox = from_mbox.data_dir.parent / "inbox.mbox"
    campaign = load_campaign()
    from foi.reference.registry import Registry

    again = import_mailbox(mbox, Archive(from_mbox.data_dir), campaign, Registry.load())
    assert again.messages == 0 and again.attachments == 0
    assert again.duplicates == len(from_mbox.generated.messages)
    assert manifest.read_bytes() == before


def test_maildir_gives_the_same_dataset_as_mbox(from_mbox: Imported, tmp_path: Path, capsys):
    maildir = from_mbox.generated.write_maildir(tmp_path / "Maildir")
    assert kind_of(maildir) == "maildir"
    data = tmp_path / "data"
    assert main(["import", str(maildir), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"Replies from {len(from_mbox.generated.expected.replies)} councils" in out
    acks = from_mbox.generated.expected.not_replies["acknowledgement"]
    assert f"{acks} acknowledgements, 3 clarification requests, 3 bounces" in out
    assert "Out of scope (not one of the 153): 1" in out and "Failed: 0" in out
    assert main(["build", "--data-dir", str(data)]) == 0
    assert dataset_rows(data) == dataset_rows(from_mbox.data_dir)


def _letters(box: Generated, how: str) -> dict[str, tuple[str, bytes]]:
    """Council -> (file name, bytes) of the letter attached to its reply, for the councils
    whose letter came `how` (a mode of REPLIES)."""
    e = box.expected
    wanted = {e.replies[code]: code for code, mode in e.via.items() if mode == how}
    out = {}
    for data in box.messages:
        msg = email.message_from_bytes(data, policy=policy.default)
        if (code := wanted.get(str(msg["Message-ID"]))) is not None:
            (part,) = msg.iter_attachments()
            out[code] = (part.get_filename(), part.get_payload(decode=True))
    assert len(out) == len(wanted)
    return out


def test_replies_come_as_outlook_msg_and_as_scanned_letters():
    box = generate(scans=True)  # the scans are made whether or not tesseract is installed
    e = box.expected
    outlook = _letters(box, "msg")
    assert len(outlook) >= 2
    suffixes = set()
    for code, (name, data) in outlook.items():
        assert name.endswith(".msg") and sniff(data) == "msg"
        doc = read_msg(data)  # the council's own message, its letter the body
        assert doc.meta["sender_domain"] and doc.meta["date"] and doc.attachments == []
        suffixes.add(Path(e.files[code]).suffix)
    assert suffixes == {".txt", ".html"}  # a plain-text body and an HTML one
    scans = _letters(box, "scan")
    assert len(scans) >= 2
    for code, (name, data) in scans.items():
        assert name.endswith(".pdf") and e.files[code].endswith(".pdf") and sniff(data) == "pdf"
        pdf = pdfium.PdfDocument(data)
        try:
            assert len(pdf) == 1  # one page: OCR costs about 3 s a page
            assert pdf[0].get_textpage().get_text_range().strip() == ""  # images only
        finally:
            pdf.close()
    # Without tesseract the same councils' letters go as their text PDFs.
    plain = generate(scans=False).expected
    assert {plain.via[code] for code in scans} == {"attach"}
    assert plain.files == e.files


def _as_filed(campaign, registry, corpus: str) -> dict:  # type: ignore[no-untyped-def]
    """The outcome and coded fields parse_document gives the original letter."""
    got = parse_document((CORPUS / corpus).read_bytes(), corpus, campaign, registry).to_json()
    return {"outcome": got["outcome"], **{f: got["fields"][f] for f in FIELDS}}


def _rows(from_mbox: Imported, how: str) -> dict[str, dict]:
    e = from_mbox.generated.expected
    codes = [code for code, mode in e.via.items() if mode == how]
    rows = {r["authority_code"]: r for r in dataset_rows(from_mbox.data_dir)}
    assert len(codes) >= 2 and set(codes) <= set(rows)
    return {code: rows[code] for code in codes}


def test_a_reply_whose_letter_is_an_attached_msg_gives_the_letters_facts(
    from_mbox: Imported, campaign, registry
):
    e = from_mbox.generated.expected
    for code, row in _rows(from_mbox, "msg").items():
        want = _as_filed(campaign, registry, e.files[code])
        assert {k: row[k] for k in want} == want, (code, e.files[code])


@NEEDS_TESSERACT
def test_a_reply_whose_letter_is_a_scan_gives_the_letters_facts(
    from_mbox: Imported, campaign, registry
):
    e = from_mbox.generated.expected
    rows = _rows(from_mbox, "scan")
    agree, misses = 0, []
    for code, row in rows.items():
        want = _as_filed(campaign, registry, e.files[code])
        assert row["outcome"] == want["outcome"], (code, e.files[code])
        for f in FIELDS:
            if row[f] == want[f]:
                agree += 1
            else:
                misses.append(f"{e.files[code]} {f}: {want[f]!r} read as {row[f]!r}")
    assert agree / (len(rows) * len(FIELDS)) >= 0.9, misses  # what OCR may misread
    # The archive says the letters were read by OCR.
    where = locations(from_mbox.data_dir)
    parents = {where[e.replies[code]] for code in rows}
    scans = [
        r
        for r in Archive(from_mbox.data_dir).records()
        if r.extra.get("kind") == "attachment" and r.extra["parent"] in parents
    ]
    assert len(scans) == len(rows)
    assert all(r.extra["ocr"].startswith("tesseract ") for r in scans), [r.extra for r in scans]


def test_a_folder_of_eml_files_is_a_mailbox_too(from_mbox: Imported, tmp_path: Path):
    # The same mailbox with the scans as their text PDFs: this is about reading the folder,
    # and OCR (about 3 s a page, twice per import) is tested with mbox, Maildir and IMAP.
    folder = generate(scans=False).write_eml_folder(tmp_path / "saved")
    assert kind_of(folder) == "eml_folder"
    summary = import_mailbox(folder, Archive(tmp_path / "data"), load_campaign(), _registry())
    assert summary.messages == from_mbox.summary.messages
    assert summary.replies == from_mbox.summary.replies and summary.failed == []


def _registry():  # type: ignore[no-untyped-def]
    from foi.reference.registry import Registry

    return Registry.load()


def test_provenance_of_messages_and_attachments(from_mbox: Imported):
    records = list(Archive(from_mbox.data_dir).records())
    messages = {r.location: r for r in records if r.extra.get("kind") == "message"}
    children = [r for r in records if r.extra.get("kind") == "attachment"]
    assert children and all(r.source == "mailbox" for r in records)
    for child in children:
        parent = messages[child.extra["parent"]]
        for key in ("message_id", "date", "from", "subject", "in_reply_to", "references"):
            assert child.extra[key] == parent.extra[key]
    reply = next(
        r for r in messages.values() if "[FOI-" in r.extra["subject"] and r.extra["in_reply_to"]
    )
    assert reply.extra["date"].endswith("Z") and reply.extra["references"]
    assert reply.extra["from"] and reply.extra["message_id"].startswith("<")


def test_a_broken_message_is_recorded_as_failed_and_the_import_goes_on(tmp_path: Path, capsys):
    box = generate()
    good = box.messages[:6]
    no_body = (
        b"From: foi@kent.gov.uk\nTo: sam@example.org\nSubject: RE: bruising\n"
        b"Message-ID: <empty@kent.gov.uk>\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=xx\n\n--xx--\n"
    )
    bad_pdf = (
        b"From: foi@kent.gov.uk\nTo: sam@example.org\nSubject: our response\n"
        b"Message-ID: <badpdf@kent.gov.uk>\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=yy\n\n--yy\nContent-Type: text/plain\n\n"
        b"Please find attached our response.\n--yy\nContent-Type: application/pdf\n"
        b"Content-Disposition: attachment; filename=response.pdf\n"
        b"Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKZ2FyYmFnZQ==\n--yy--\n"
    )
    path = tmp_path / "inbox.mbox"
    mbox = mailbox.mbox(path)
    for data in [good[0], no_body, *good[1:3], bad_pdf, *good[3:]]:
        mbox.add(data)
    mbox.flush()
    data = tmp_path / "data"
    assert main(["import", str(path), "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert "Failed: 2" in out and "email has no text or HTML body" in out
    records = list(Archive(data).records())
    failed = {r.location: r.reason for r in records if r.status == "failed"}
    assert len(failed) == 2 and any(loc.endswith("/response.pdf") for loc in failed)
    assert sum(r.extra.get("kind") == "message" for r in records) == 8  # all kept


def test_import_of_a_file_it_cannot_read_stores_it_as_failed_and_goes_on(tmp_path: Path, capsys):
    broken = tmp_path / "letter.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    reply = tmp_path / "reply.txt"
    reply.write_bytes((Path(__file__).parent / "corpus/web_mail/york-letter-crlf.txt").read_bytes())
    data = tmp_path / "data"
    assert main(["import", str(broken), str(reply), "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert "failed   letter.pdf:" in out and "stored   reply.txt" in out
    records = {r.location: r for r in Archive(data).records()}
    assert records["letter.pdf"].status == "failed" and records["letter.pdf"].reason
    assert records["letter.pdf"].sha256  # the bytes are kept for a later, better reader
    assert records["reply.txt"].status == "ok" and records["reply.txt"].authority_code


def test_authority_is_refused_for_a_mailbox(tmp_path: Path, capsys):
    folder = tmp_path / "mail"
    folder.mkdir()
    assert main(["import", str(folder), "--authority", "Kent", "--data-dir", str(tmp_path)]) == 2
    assert "--authority is for single documents" in capsys.readouterr().err


def test_what_is_a_mailbox(tmp_path: Path):
    letter = tmp_path / "letter.txt"
    letter.write_text("From the Director of Children's Services\n\nDear Requester ...\n")
    assert kind_of(letter) == "file"
    one = tmp_path / "one.eml"
    one.write_text("From MAILER-DAEMON Mon Nov 17 08:30:00 2025\nFrom: a@b\nSubject: x\n\nhi\n")
    assert kind_of(one) == "file"  # a single saved message stays a document
    box = tmp_path / "Inbox"
    box.write_text("From MAILER-DAEMON Mon Nov 17 08:30:00 2025\nFrom: a@b\nSubject: x\n\nhi\n")
    assert kind_of(box) == "mbox"


def test_the_progress_bar_shows_only_on_a_terminal(tmp_path: Path):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    messages = [Message(f"x#{n}", data) for n, data in enumerate(generate().messages[:3])]
    for stream, drawn in ((io.StringIO(), False), (Tty(), True)):
        importer = Importer(Archive(tmp_path / str(drawn)), load_campaign(), _registry())
        importer.add_all(messages, len(messages), progress=stream)
        assert ("importing: " in stream.getvalue()) is drawn


def test_subjects_and_reference_numbers():
    assert normalise_subject("RE: FW: FOI request [FOI-4117] part 1 of 2") == "foi request"
    assert normalise_subject("Automatic reply: Re: Bruising") == "bruising"
    assert reference_numbers("Our ref: FOI/2025/0612") == {"20250612"}
    assert reference_numbers("RE: request [FOI-4117]") == {"4117"}
    assert reference_numbers("Case reference : 25-1197-FOI") == {"251197"}
    assert reference_numbers("your request of 2025 and the FOI Act 2000") == set()


def test_a_later_answer_to_a_question_replaces_an_earlier_one(campaign, registry):
    head = "Subject: RE: Freedom of Information request - bruising in non-mobile infants\n"
    first = parse_document(
        (
            "From: foi@kent.gov.uk\n" + head + "\nDear Requester\n\n"
            "1. Yes. The procedures group reviewed the protocol in May 2023.\n\n"
            "2. The review note is attached.\n\n"
            "3. Yes. A strategy discussion is held in all cases.\n\nKent County Council\n"
        ).encode(),
        "a.eml", campaign, registry,
    )  # fmt: skip
    later = parse_document(
        (
            "From: foi@kent.gov.uk\n" + head + "\nDear Requester\n\nA correction to our "
            "answer to question 3, and our answers to 4 and 5.\n\n"
            "3. No. A strategy discussion is held only where the assessment indicates concern.\n\n"
            "4. A leaflet for parents was added.\n\n5. No. The definition has not changed.\n\n"
            "Kent County Council\n"
        ).encode(),
        "b.eml", campaign, registry,
    )  # fmt: skip
    both = combine([first, later], field_questions(campaign))
    assert [a.question_no for a in both.answers] == [1, 2, 3, 4, 5]
    assert both.fields["s47_all_cases"].value == "no"  # the later answer
    assert both.fields["review_date"].value == "2023-05"  # kept from the first
    assert both.fields["definition_changed"].value == "no"
    assert both.outcome.value == "answered"


def test_files_and_crawled_documents_are_chosen_as_before(tmp_path: Path):
    """No Message-ID, no thread: the document with the most answers stands, as before."""
    seed = Path(__file__).parents[1] / "foi" / "samples" / "leicester-city-seed.txt"
    data = tmp_path / "data"
    assert main(["import", str(seed), "--data-dir", str(data)]) == 0
    result = build(data, load_campaign(), _registry())
    assert result.counts["responses"] == 1


def test_a_maildir_subfolder_and_the_size_limit(tmp_path: Path, monkeypatch):
    box = generate()
    root = box.write_maildir(tmp_path / "Maildir", box.messages[:4])
    sent = mailbox.Maildir(root).add_folder("Sent")
    for data in box.messages[4:6]:
        sent.add(data)
    monkeypatch.setenv("FOI_MAX_BYTES", str(max(len(m) for m in box.messages[:6]) - 1))
    data = tmp_path / "data"
    assert main(["import", str(root), "--data-dir", str(data)]) == 1  # the largest failed
    records = [r for r in Archive(data).records() if r.extra.get("kind") == "message"]
    assert len(records) == 6
    assert sum("/Sent#" in r.location for r in records) == 2
    (too_big,) = [r for r in records if r.status == "failed"]
    assert "over the" in (too_big.reason or "") and too_big.sha256 == ""
    manifest = (data / "manifest.jsonl").read_bytes()
    assert main(["import", str(root), "--data-dir", str(data)]) == 0  # nothing new, none failed
    assert (data / "manifest.jsonl").read_bytes() == manifest
