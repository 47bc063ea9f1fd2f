"""What the archive keeps but the dataset never counts as a council's reply: an
acknowledgement, and a district council's letter filed under its county (synthetic texts
written for these tests)."""

from __future__ import annotations

import pandas as pd

from foi.archive.store import Archive
from foi.cli import main

QUESTIONS = (
    "1. Was there a review of your safeguarding policies after this guidance was published?\n"
    "2. Provide any papers that give information on the outcome of this review.\n"
    "3. Does your policy require a s47 investigation or strategy discussion in all cases?\n"
)
ACK = (
    "Dear Requester\n\nThank you for your request about bruising in non-mobile infants. "
    "We will respond within 20 working days.\n\n"
    + QUESTIONS
    + "\nKind regards\nKent County Council\n"
)
DISTRICT = (
    "Dear Requester\n\nRequest: bruising in non-mobile infants\n\nTonbridge and Malling Borough "
    "Council does not provide children's services. Kent County Council holds the information "
    "you asked for and we suggest you write to it.\n\nYours faithfully\n"
    "Tonbridge and Malling Borough Council\n"
)
REPLY = (
    "Kent County Council\n\nDear Requester\n\nYour request about bruising in non-mobile infants.\n\n"
    "1. Yes. The Kent and Medway procedures group reviewed the protocol in May 2023.\n"
    "2. The review note is attached.\n3. No. A paediatric assessment comes first.\n"
    "4. A leaflet for parents was added.\n5. No. The definition has not changed.\n\n"
    "Yours sincerely\nKent County Council\n"
)


def test_import_keeps_non_replies_and_out_of_scope_letters_but_the_dataset_counts_the_reply(
    tmp_path, capsys
):
    files = []
    for name, text in (("ack.txt", ACK), ("district.txt", DISTRICT), ("reply.txt", REPLY)):
        (tmp_path / name).write_text(text)
        files.append(str(tmp_path / name))
    data = tmp_path / "data"
    assert main(["import", *files, "--authority", "Kent", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "not counted: acknowledgement" in out and "not counted: Tonbridge" in out
    records = {r.location: r for r in Archive(data).records()}
    assert all(r.status == "ok" for r in records.values())
    assert records["ack.txt"].extra["not_a_reply"] == "acknowledgement"
    assert "Kent County Council has" in records["district.txt"].extra["out_of_scope"]
    assert main(["build", "--data-dir", str(data)]) == 0
    responses = pd.read_parquet(data / "dataset" / "responses.parquet")
    assert list(responses["authority_code"]) == ["E10000016"]
    assert list(responses["url"]) == ["reply.txt"]
