"""Stage `commitments`: donors, recipients, amounts, items and status."""

from __future__ import annotations

from builders import parsed_article

from newsift.commitments.stage import find_commitments
from newsift.entities.stage import find_entities
from newsift.model import Commitment, DateMention
from newsift.resources import Resources


def commitments_of(
    resources: Resources, text: str, dates: list[DateMention] | None = None
) -> list[Commitment]:
    article = parsed_article(resources, text, "2024-03-06", dates)
    article.entities = find_entities(article, resources)
    found = find_commitments(article, resources)
    for commitment in found:
        for span in commitment.evidence:
            assert text[span.start : span.end] == span.text
    return found


def key(c: Commitment) -> tuple[object, ...]:
    return (c.donor, c.recipient, c.amount, c.currency, c.status)


def test_pledge_with_amount_recipient_and_date(resources: Resources) -> None:
    text = "Germany pledged €2.5bn in military aid to Ukraine on Monday."
    start = text.index("on Monday")
    dates = [DateMention("on Monday", start, start + len("on Monday"), "2024-03-04")]
    found = commitments_of(resources, text, dates)
    assert [key(c) for c in found] == [
        ("Germany", "Ukraine", 2_500_000_000.0, "EUR", "pledged")
    ]
    assert found[0].date == "2024-03-04"


def test_an_announced_sale_is_an_approval(resources: Resources) -> None:
    text = (
        "Washington announced the sale of $200 million worth of artillery ammunition "
        "to Ukraine."
    )
    found = commitments_of(resources, text)
    assert [key(c) for c in found] == [
        ("United States", "Ukraine", 200_000_000.0, "USD", "approved")
    ]
    assert found[0].items is not None and "ammunition" in found[0].items


def test_delivered(resources: Resources) -> None:
    text = "Britain delivered 14 tanks to Ukraine in January."
    found = commitments_of(resources, text)
    assert [(c.donor, c.recipient, c.items, c.status) for c in found] == [
        ("United Kingdom", "Ukraine", "14 tanks", "delivered")
    ]


def test_promised_but_not_delivered(resources: Resources) -> None:
    text = "European allies have failed to deliver the two million shells they had promised."
    found = commitments_of(resources, text)
    assert [(c.donor, c.items, c.status) for c in found] == [
        (None, "two million shells", "undelivered")
    ]


def test_proposed_package(resources: Resources) -> None:
    text = (
        "Kyiv is still waiting for the $20 billion aid package Washington proposed in "
        "January."
    )
    found = commitments_of(resources, text)
    assert [(c.donor, c.amount, c.currency, c.status) for c in found] == [
        ("United States", 20_000_000_000.0, "USD", "proposed")
    ]


def test_calls_and_costs_are_not_commitments(resources: Resources) -> None:
    text = (
        "Officials called on allies to increase deliveries of air defence systems. "
        "Kyiv renewed its calls for the West to supply more fighter jets. "
        "The war has cost the economy $100 billion so far."
    )
    assert commitments_of(resources, text) == []
