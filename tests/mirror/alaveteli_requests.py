"""The Alaveteli mirror's requests: which council, how its answer is published, and the
search feed event that finds it.

kind: page (answer in the message text), attach (answer in an attachment), waiting (no
response yet), unrelated (a different request that matches the search). feed: the search
feed's page; match: the event the search matches (the response, or the request sent).
Trouble: files' second field ("mislabelled", "404"), private (under /private/, which
robots.txt disallows), json500 (the request's JSON always answers 500), followup (an
internal review asked for).
"""

from __future__ import annotations

REQUESTS: list[dict] = [
    # --- feed page 1: six campaign requests and two unrelated ones, newest first
    dict(
        code="E08000014",
        id=301456,
        kind="page",
        corpus="holdout/sefton-run-on-reply.eml",
        sent="2025-11-11 09:06:00",
        resp="2025-12-05 16:03:51",
        feed=1,
        match="response",
    ),
    dict(
        code="E08000037",
        id=301455,
        kind="page",
        corpus="web_mail/gateshead-base64-quoted.eml",
        sent="2025-11-11 09:05:30",
        resp="2025-12-05 09:20:54",
        feed=1,
        match="response",
        batch=True,
    ),
    dict(
        code="E10000016",
        id=301452,
        kind="attach",
        corpus="letters/kent-question-answer-table.docx",
        sent="2025-11-11 09:03:30",
        resp="2025-12-02 14:31:07",
        feed=1,
        match="response",
        batch=True,
        files=[("KCC_FOI_response.docx", None)],
    ),
    dict(
        code="E10000020",
        id=301454,
        kind="attach",
        corpus="letters/norfolk-q-and-a-letter.pdf",
        sent="2025-11-11 09:04:30",
        resp="2025-12-01 10:12:44",
        feed=1,
        match="response",
        files=[("NCC FOI response letter.pdf", None)],
    ),
    dict(
        code="E10000008",
        id=298811,
        kind="unrelated",
        sent="2025-10-24 10:40:00",
        resp="2025-11-28 12:05:19",
        feed=1,
        match="response",
        title="Fruit and vegetable deliveries to school kitchens",
        out=(
            "Dear Devon County Council,\n\nPlease provide the following information about the "
            "supply of fresh fruit and vegetables to school kitchens in 2024/25:\n1. The name of "
            "the supplier.\n2. The number of complaints about the quality of deliveries.\n3. "
            "The value of produce rejected on delivery.\n\nYours faithfully,\n\nR Grower"
        ),
        reply=(
            "Dear R Grower,\n\nThank you for your request.\n\n1. Fresh produce for school "
            "kitchens is supplied under a framework contract with a regional wholesaler.\n\n"
            "2. School kitchens made 37 complaints about deliveries in 2024/25. Most concerned "
            "bruising to apples, pears and bananas, which the kitchens put down to the fruit "
            "being packed loose in crates, and a smaller number concerned late deliveries.\n\n"
            "3. Produce worth \u00a31,942 was rejected on delivery and credited by the supplier.\n\n"
            "Kind regards,\n\nInformation Governance\nDevon County Council"
        ),
        snippet=(
            "...School kitchens made 37 complaints about deliveries in 2024/25. Most concerned "
            "bruising to apples, pears and bananas, which the kitchens put down to the fruit "
            "being packed loose in crates..."
        ),
    ),
    dict(
        code="E08000013",
        id=301457,
        kind="page",
        corpus="web_mail/st-helens-s12-cp1252.eml",
        sent="2025-11-11 09:06:30",
        resp="2025-11-25 15:03:38",
        feed=1,
        match="response",
        followup="2025-11-27 19:12:03",
    ),
    dict(
        code="E10000019",
        id=299947,
        kind="unrelated",
        sent="2025-10-30 08:15:00",
        resp="2025-11-20 09:48:31",
        feed=1,
        match="response",
        title="Opening hours of static libraries",
        out=(
            "Dear Lincolnshire County Council,\n\nPlease tell me the weekly opening hours of each "
            "static (non-mobile) library in the county in 2025, and how they compare with 2019.\n\n"
            "Yours faithfully,\n\nP Reader"
        ),
        reply=(
            "Dear P Reader,\n\nThe opening hours of each static library are listed below. The "
            "mobile library timetable is published separately. Compared with 2019, total "
            "weekly opening hours across the non-mobile libraries have fallen from 1,204 to "
            "1,116, mainly because of reduced Saturday afternoon opening.\n\nKind regards,\n\n"
            "Customer Relations\nLincolnshire County Council"
        ),
        snippet=(
            "...total weekly opening hours across the non-mobile libraries have fallen from "
            "1,204 to 1,116, mainly because of reduced Saturday afternoon opening..."
        ),
    ),
    dict(
        code="E08000035",
        id=301453,
        kind="waiting",
        sent="2025-11-11 09:04:00",
        feed=1,
        match="sent",
        batch=True,
    ),
    # --- feed page 2: two more campaign requests, plus the two failure cases
    dict(
        code="E08000032",
        id=301449,
        kind="attach",
        corpus="holdout/bradford-parts.docx",
        sent="2025-11-11 09:02:00",
        resp="2025-12-04 11:26:40",
        feed=2,
        match="sent",
        files=[("BMDC_FOI_response.pdf", "mislabelled")],
    ),
    dict(
        code="E09000008",
        id=301450,
        kind="attach",
        corpus="holdout/croydon-attached-letter.eml",
        sent="2025-11-11 09:02:30",
        resp="2025-12-03 10:14:22",
        feed=2,
        match="sent",
        files=[
            ("FOI-CRY-25-7731 Response.pdf", None),
            ("Appendix_A_subgroup_report_redacted.pdf", "404"),
        ],
    ),
    dict(
        code="E06000010",
        id=301451,
        kind="page",
        corpus="web_mail/hull-wrapped-72.txt",
        sent="2025-11-11 09:03:00",
        resp="2025-12-02 09:41:12",
        feed=2,
        match="sent",
        private=True,
    ),
    dict(
        code="E06000014",
        id=301458,
        kind="page",
        corpus="web_mail/york-letter-crlf.txt",
        sent="2025-11-11 09:07:00",
        resp="2025-12-01 12:00:00",
        feed=2,
        match="sent",
        json500=True,
    ),
]
