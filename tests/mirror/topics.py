"""The bulk of every listing: unrelated disclosures (potholes, parking, ...) from a bank of
topics, their figures drawn from a generator seeded by the site and the position, so every
run writes the same pages."""

from __future__ import annotations

import random

from .corpus import fingerprint_hits

TOPICS = [
    (
        "Pothole repairs and compensation claims",
        "Please tell me how many potholes were reported to {c} in each of the last two financial years, how many were repaired within 28 days, and how much was paid in compensation claims for vehicle damage.",
        "{c} received {n1} pothole reports in 2023/24 and {n2} in 2024/25. Of these, {p1}% and {p2}% were repaired within 28 days. Compensation payments for vehicle damage totalled \u00a3{m1} and \u00a3{m2} respectively.",
    ),
    (
        "Penalty charge notices issued for parking contraventions",
        "How many penalty charge notices did {c} issue in 2024/25, how many were cancelled on appeal, and what was the income from parking enforcement?",
        "{n1} penalty charge notices were issued in 2024/25. {n3} were cancelled following an informal challenge or formal representation. Income from parking enforcement was \u00a3{m1}.",
    ),
    (
        "Council tax arrears and use of enforcement agents",
        "Please provide the total value of council tax arrears at 31 March 2025 and the number of cases passed to enforcement agents in 2024/25.",
        "Council tax arrears at 31 March 2025 were \u00a3{m1}. {n2} cases were passed to enforcement agents during 2024/25.",
    ),
    (
        "Spending on agency staff",
        "What did {c} spend on agency staff in each of the last three financial years, broken down by directorate?",
        "Total spending on agency staff was \u00a3{m1} in 2022/23, \u00a3{m2} in 2023/24 and \u00a3{m3} in 2024/25. A breakdown by directorate is attached.",
    ),
    (
        "Fly-tipping incidents and prosecutions",
        "How many fly-tipping incidents were recorded, how many fixed penalty notices were issued and how many prosecutions were brought in 2024?",
        "{n1} fly-tipping incidents were recorded in 2024. {n3} fixed penalty notices were issued and {n4} prosecutions were brought.",
    ),
    (
        "Street lighting: LED conversion and part-night lighting",
        "How many street lights does {c} maintain, how many have been converted to LED, and which areas have part-night lighting?",
        "{c} maintains {n1} street lights, of which {n2} have been converted to LED. Part-night lighting operates on residential roads in {n4} parishes; a list is attached.",
    ),
    (
        "Library book stock spending",
        "Please tell me how much {c} spent on library book stock in 2023/24 and 2024/25.",
        "The library service spent \u00a3{m1} on book stock in 2023/24 and \u00a3{m2} in 2024/25, including e-books and audiobooks.",
    ),
    (
        "Councillors' allowances and expenses 2024/25",
        "Please provide the total allowances and expenses paid to each councillor in 2024/25.",
        "Allowances and expenses paid to councillors are published each year on the Council's website. The total paid in 2024/25 was \u00a3{m1}. The breakdown by councillor is attached.",
    ),
    (
        "IT contracts and software licences",
        "Please list the Council's contracts for IT services and software licences worth more than \u00a3100,000, with supplier, value and expiry date.",
        "The Council holds {n4} contracts of that value. Their suppliers, values and expiry dates are listed in the attached table.",
    ),
    (
        "Public toilets maintained by the council",
        "How many public toilets does {c} maintain and how many have closed since 2020?",
        "{c} maintains {n4} public toilet sites. {n5} sites have closed since 2020, mostly where a community toilet scheme is now in place.",
    ),
    (
        "Long-term empty homes and the council tax premium",
        "How many homes have been empty for more than two years, and how much has the empty homes premium raised?",
        "At 1 October 2025 there were {n2} homes empty for more than two years. The premium raised \u00a3{m1} in 2024/25.",
    ),
    (
        "Use of management consultants",
        "What did {c} spend on management consultants in 2024/25, and which firms were used?",
        "\u00a3{m1} was spent on management consultancy in 2024/25. The firms used and the amounts paid to each are set out in the Council's published spending data.",
    ),
    (
        "Grass cutting and verge maintenance",
        "How often are grass verges cut on rural roads, and what is the annual budget for verge maintenance?",
        "Rural verges are cut {n5} times a year at junctions and bends, and once a year in full. The 2025/26 budget for verge maintenance is \u00a3{m1}.",
    ),
    (
        "Electric vehicle charging points",
        "How many public electric vehicle charging points has {c} installed, and how many more are planned?",
        "{n3} public charge points have been installed on council land. A further {n4} are planned by March 2027, subject to funding.",
    ),
    (
        "Residents' parking permits",
        "How many residents' parking permits were issued in 2024/25 and what was the income?",
        "{n2} residents' permits were issued in 2024/25, bringing in \u00a3{m1}.",
    ),
    (
        "Home to school transport costs",
        "What was the total cost of home to school transport in 2024/25, and how many pupils were transported?",
        "Home to school transport cost \u00a3{m3} in 2024/25. {n2} pupils were eligible for transport during the year.",
    ),
    (
        "Winter gritting routes and salt stocks",
        "How many kilometres of road are on the priority gritting network and how much salt was held at 1 November 2025?",
        "The priority network covers {n2} km of road. Salt stocks at 1 November 2025 were {n1} tonnes.",
    ),
    (
        "Tree preservation orders",
        "How many tree preservation orders were made in 2024 and how many applications for works to protected trees were received?",
        "{n4} new tree preservation orders were made in 2024, and {n3} applications for works to protected trees were received.",
    ),
    (
        "Taxi and private hire licensing",
        "How many hackney carriage and private hire vehicles and drivers are licensed by the Council?",
        "At 30 September 2025 there were {n3} licensed hackney carriages, {n2} private hire vehicles and {n1} licensed drivers.",
    ),
    (
        "Public health funerals",
        "How many public health funerals did the Council arrange in 2024/25, and at what total cost?",
        "The Council arranged {n5} public health funerals in 2024/25, at a total cost of \u00a3{m1}.",
    ),
    (
        "Staff sickness absence",
        "What was the average number of working days lost to sickness per employee in 2024/25?",
        "The average was {n5}.{n6} working days per full-time equivalent employee in 2024/25.",
    ),
    (
        "Cyber security incidents",
        "How many cyber security incidents did the Council record in 2024, and were any reported to the ICO?",
        "The Council recorded {n4} cyber security incidents in 2024, none of which met the threshold for reporting to the Information Commissioner.",
    ),
    (
        "Subsidised bus services",
        "Which bus services does {c} subsidise, and what was the total subsidy in 2024/25?",
        "{c} supported {n4} bus services in 2024/25 at a total cost of \u00a3{m2}. The services are listed in the attached table.",
    ),
    (
        "Planning enforcement complaints",
        "How many planning enforcement complaints were received in 2024/25 and how many enforcement notices were served?",
        "{n2} complaints were received and {n4} enforcement notices were served in 2024/25.",
    ),
    (
        "Litter fines issued by enforcement contractors",
        "Does the Council use a private contractor to issue litter fines, and how many fines were issued in 2024?",
        "The Council does not use a private contractor. Its own officers issued {n3} fixed penalty notices for littering in 2024.",
    ),
    (
        "Animal welfare licences",
        "How many animal welfare licences (dog breeding, boarding, pet sales) are currently in force?",
        "There are {n3} licences in force: {n4} for dog breeding, {n5} for boarding and the rest for pet sales and riding establishments.",
    ),
    (
        "Allotment waiting lists",
        "How many people are on the waiting list for a council allotment, and what is the average wait?",
        "{n2} people are on the waiting list. The average wait for a plot is about {n5} months.",
    ),
    (
        "Housing benefit overpayments",
        "What was the value of housing benefit overpayments outstanding at 31 March 2025?",
        "Outstanding housing benefit overpayments at 31 March 2025 totalled \u00a3{m2}.",
    ),
    (
        "Missed bin collections",
        "How many missed bin collections were reported in 2024/25?",
        "{n1} missed collections were reported in 2024/25, out of about {n2}0,000 scheduled collections each fortnight.",
    ),
    (
        "Pest control service charges",
        "Does the Council provide a pest control service, and what does it charge for rats, mice and wasps?",
        "The pest control service charges \u00a3{n5}5 for a course of rat or mouse treatment and \u00a3{n5}0 for a wasp nest; treatments are free for residents receiving council tax support.",
    ),
]


def topic_text(site: str, i: int, council: str) -> tuple[str, str, str]:
    title, req, resp = TOPICS[i % len(TOPICS)]
    rnd = random.Random(f"{site}:{i}")
    vals = dict(
        c=council,
        n1=f"{rnd.randint(2000, 19000):,}",
        n2=f"{rnd.randint(300, 1900):,}",
        n3=rnd.randint(40, 290),
        n4=rnd.randint(3, 29),
        n5=rnd.randint(2, 9),
        n6=rnd.randint(0, 9),
        p1=rnd.randint(61, 94),
        p2=rnd.randint(61, 94),
        m1=f"{rnd.randint(20, 900) * 1000 + rnd.randint(0, 999):,}",
        m2=f"{rnd.randint(20, 900) * 1000 + rnd.randint(0, 999):,}",
        m3=f"{rnd.randint(1, 40) * 1000000 + rnd.randint(0, 999999):,}",
    )
    out = (title, req.format(**vals), resp.format(**vals))
    assert not fingerprint_hits(" ".join(out)), title  # nothing of the campaign's words
    return out
