"""Documents that are about the request but are not a council's reply to it: the request
itself (its questions and nothing else) and the project's own README. `foi parse` declines
them with the reason (exit 2) and `foi import` keeps them as not_a_reply (issue 11)."""

from __future__ import annotations

from foi.archive.store import Archive
from foi.campaigns.campaign import load_campaign
from foi.cli import main
from tests.conftest import ROOT


def _request_text() -> str:
    campaign = load_campaign()
    lines = [f"{q.no}. {q.text}" for q in campaign.questions]
    return (
        "Dear Kent County Council,\n\nPlease provide the following information under the "
        "Freedom of Information Act about bruising in non-mobile infants:\n\n"
        + "\n".join(lines)
        + "\n\nYours faithfully,\nA Requester\n"
    )


def test_the_request_itself_is_declined_as_the_request(tmp_path, capsys):
    path = tmp_path / "request.txt"
    path.write_text(_request_text())
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert "the request itself" in err


def test_the_readme_is_declined_as_not_a_letter(capsys):
    assert main(["parse", str(ROOT / "README.md")]) == 2
    assert "not a letter" in capsys.readouterr().err


def test_import_keeps_them_as_not_a_reply(tmp_path):
    request = tmp_path / "request.txt"
    request.write_text(_request_text())
    data = tmp_path / "data"
    assert main(["import", str(request), "--data-dir", str(data), "--authority", "Kent"]) == 0
    (rec,) = list(Archive(data).records())
    assert rec.extra["not_a_reply"] == "request"
