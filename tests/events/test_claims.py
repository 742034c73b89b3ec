"""Who claimed an attack (own news-style text)."""

from __future__ import annotations

from builders import events_of

from newsift.events.claims import Claim, claimant_between, responsibility_claims
from newsift.resources import Resources

GAO = dict(resolved="Gao", admin1="Gao", country="Mali", latitude=16.27, longitude=-0.04)


def test_a_claim_names_the_group(resources: Resources) -> None:
    doc = resources.nlp(
        "A car bomb killed six soldiers at a checkpoint. The JNIM group claimed "
        "responsibility in a statement. Officials said the claim was being checked."
    )
    assert [c.actor for c in responsibility_claims(doc)] == ["JNIM"]
    unclaimed = resources.nlp("The minister claimed the road was safe.")
    assert responsibility_claims(unclaimed) == []


def test_a_claim_belongs_to_the_incident_told_before_it() -> None:
    claims = [Claim(50, "JNIM"), Claim(400, "Islamic State Sahel")]
    assert claimant_between(claims, 0, 300) == "JNIM"
    assert claimant_between(claims, 300, None) == "Islamic State Sahel"
    assert claimant_between(claims, 0, 40) is None


def test_the_claimant_is_the_incidents_actor(resources: Resources) -> None:
    text = (
        "A car bomb exploded at a checkpoint in Gao on Monday, killing six soldiers. "
        "The JNIM group claimed responsibility for the bombing in a statement."
    )
    events = events_of(resources, text, places={"Gao": GAO})
    assert [e.actor1 for e in events if e.fatalities] == ["JNIM"]


def test_a_group_saying_the_deed_was_its_own_claims_it(resources: Resources) -> None:
    doc = resources.nlp(
        "A bomb tore through a bus station. Later the JNIM group said in a statement that "
        "it carried out the bombing. Days later al Shabaab said it was behind the raid."
    )
    assert [c.actor for c in responsibility_claims(doc)] == ["JNIM", "Al Shabaab"]
    denial = resources.nlp("Al Shabaab said it carried out no such attack on the town.")
    assert responsibility_claims(denial) == []
