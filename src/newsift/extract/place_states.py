"""The abbreviations news style (AP) writes for US states and Canadian provinces after a
town or in a dateline: "Gainesville, Va.", "RALEIGH, N.C.", "the Walker County (Ga.)
Sheriff's Office". Only the dotted forms: bare postal codes ("IN", "OR", "ME") are words
too often to be read as places."""

from __future__ import annotations

# fmt: off
_PAIRS = (
    "Ala.:Alabama, Ariz.:Arizona, Ark.:Arkansas, Calif.:California, Colo.:Colorado, "
    "Conn.:Connecticut, Del.:Delaware, D.C.:District of Columbia, Fla.:Florida, "
    "Ga.:Georgia, Ill.:Illinois, Ind.:Indiana, Kan.:Kansas, Kans.:Kansas, Ky.:Kentucky, "
    "La.:Louisiana, Md.:Maryland, Mass.:Massachusetts, Mich.:Michigan, Minn.:Minnesota, "
    "Miss.:Mississippi, Mo.:Missouri, Mont.:Montana, Neb.:Nebraska, Nev.:Nevada, "
    "N.H.:New Hampshire, N.J.:New Jersey, N.M.:New Mexico, N.Y.:New York, "
    "N.C.:North Carolina, N.D.:North Dakota, Okla.:Oklahoma, Ore.:Oregon, "
    "Pa.:Pennsylvania, R.I.:Rhode Island, S.C.:South Carolina, S.D.:South Dakota, "
    "Tenn.:Tennessee, Tex.:Texas, Vt.:Vermont, Va.:Virginia, Wash.:Washington, "
    "W.Va.:West Virginia, W. Va.:West Virginia, Wis.:Wisconsin, Wyo.:Wyoming, "
    "B.C.:British Columbia, Alta.:Alberta, Sask.:Saskatchewan, Man.:Manitoba, "
    "Ont.:Ontario, Que.:Quebec, N.S.:Nova Scotia, N.B.:New Brunswick"
)
# fmt: on
STATE_ABBREVIATIONS: dict[str, str] = dict(pair.split(":") for pair in _PAIRS.split(", "))


def expand_state(name: str) -> str | None:
    """The state or province a dotted abbreviation stands for, else None."""
    return STATE_ABBREVIATIONS.get(name.strip()) or STATE_ABBREVIATIONS.get(name.strip() + ".")
