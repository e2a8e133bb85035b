"""Administrative areas written after a place name: "Ekrafane (Abala, Tillaberi)",
"Timonikime village, Balingga district (Lanny Jaya regency, Papua province)", "Makassar city,
South Sulawesi province", "Kouri in the Tibesti region".

Such a chain narrows the place's candidates to the areas it names and, when the gazetteer does
not know the place (most villages), gives the fallback location: the most specific area found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from flashpoint.normalize.countries import iso3_for_demonym, iso3_for_name
from flashpoint.normalize.places_cues import local_compass_names
from flashpoint.normalize.places_gazetteer import Candidate, name_key
from flashpoint.normalize.places_lookup import Gazetteer
from flashpoint.normalize.places_sources import km

# Words naming a division's kind, written after its name ("Lanny Jaya regency", "Lai Sub prefecture").
ADMIN_KIND = (
    r"(?:sub[\s-]?district|sub[\s-]?prefecture|sub[\s-]?county|sub[\s-]?division|district|regency|"
    r"province|region|state|county|department|prefecture|governorate|municipality|commune|ward|"
    r"division|locality|LGA|local\s+government\s+area|canton|chiefdom|emirate|oblast|rayon|raion|"
    r"kebele|woreda|zone|city|town|village|island|territory|constituency|parish|circle|cercle|"
    r"arrondissement|area|kecamatan|kabupaten|desa|kelurahan)"
)
_NAME = r"[A-Z][\w'\u2019.-]*(?:[ -](?:(?:de|du|des|da|do|al|el|la|le)[ -])?[A-Z0-9][\w'\u2019.-]*){0,4}"
_PAREN = re.compile(r"\s*\(([^()\n]{2,160})\)")
_COMMA_AREA = re.compile(rf",\s+(?:the\s+)?({_NAME})(\s+{ADMIN_KIND})\b", re.IGNORECASE)
_IN_AREA = re.compile(rf"\s+(?:in|of)\s+(?:the\s+)?({_NAME})(\s+{ADMIN_KIND})\b", re.IGNORECASE)
_COMMA_NAME = re.compile(rf",\s+({_NAME})(?=\s*(?:[.,;:)]|$)|\s+(?:and|on|in|at|near|where|after)\b)")
_KIND_AFTER = re.compile(rf"\s+{ADMIN_KIND}$", re.IGNORECASE)
_KIND_BEFORE = re.compile(rf"^{ADMIN_KIND}\s+(?:of\s+)?", re.IGNORECASE)
_LEADING_KIND = re.compile(rf"\s+{ADMIN_KIND}\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\[[^\]\n]{1,60}\]")
_OTHER_NAME = re.compile(r"(?:also\s+(?:known\s+as|called|spelt|spelled)|a\.?k\.?a\.?|alt\.|formerly)\s+[A-Z]",
                         re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b)\s*")
# An area farther than this from the other areas of the chain is not one of them.
MAX_AREA_KM = 400.0

# A town of a chain farther than this from the chain's towns written with their kind ("Jember regency",
# "Surabaya City") is a namesake, not a place of theirs.
MAX_TOWNS_KM = 100.0

# A town this big is known by itself: it may lie farther from the town its chain names ("Luwuk (Banggai,
# ...)": a regency named after a town that is not its seat).
KNOWN_TOWN_POPULATION = 10_000

# A candidate this close to one of the chain's towns or districts lies in it.
NEAR_AREA_KM = 75.0
# ... and, when its admin1 is only a GeoNames code, this close to a province's seat.
NEAR_SEAT_KM = 150.0

_RANK = {"city": 3, "admin2": 2, "admin1": 1}


@dataclass(frozen=True, slots=True)
class AdminChain:
    """The areas written right after a place mention, most specific first, and where they end."""

    end: int
    areas: tuple[Candidate, ...]

    @property
    def country(self) -> str | None:
        """The country of the areas (they agree by construction)."""
        return self.areas[0].country if self.areas else None

    @property
    def names(self) -> frozenset[str]:
        """Normalised names of the areas and of their admin1 divisions."""
        out = {name_key(a.name) for a in self.areas}
        out |= {name_key(a.admin1) for a in self.areas if a.admin1}
        return frozenset(out)


def _strip_kind(part: str) -> tuple[str, bool]:
    """A part without its kind word, and whether it had one ("Papua province" -> "Papua", True)."""
    stripped = _KIND_BEFORE.sub("", _KIND_AFTER.sub("", part.strip()))
    return stripped.strip(" .'\""), stripped != part.strip()


def _area(part: str, had_kind: bool, country: str | None, gazetteer: Gazetteer,
          prefer: frozenset[str] = frozenset(), inside: frozenset[str] = frozenset()) -> Candidate | None:
    """The gazetteer area a chain part names: divisions first, then towns (an admin2 area is often
    known only by its seat, "Abala"), within `country` when one is set, else in a `prefer`red
    country when one has it; of namesake towns, one in a province of `inside` (the normalised
    names of the provinces the chain has named) when one is ("Ketapang Regency, West Kalimantan":
    not a village of that name in Java)."""
    if len(part) < 3 or not part[0].isupper() or iso3_for_name(part) or iso3_for_demonym(part) \
            or (part.isupper() and len(part) <= 5):  # "(JAS)", "(MSA)": an acronym, not an area
        return None
    # A spelling variant is trusted only inside a known country.
    cands = [c for c in gazetteer.lookup(part) if c.feature in _RANK and (country or not c.variant)]
    if country is not None:
        cands = [c for c in cands if c.country == country]
    cands = [c for c in cands if c.country in prefer] or cands
    if not cands:
        # "Southeast Sulawesi province": a division known by its local compass name ("Sulawesi Tenggara").
        cands = [c for alt in local_compass_names(part) for c in gazetteer.lookup_exact(alt)
                 if c.feature in ("admin1", "admin2") and (country is None or c.country == country)]
    if not cands:
        # A misspelling ("Mobassa", "Cago Delgado"): one edit away, in the chain's or the text's
        # countries, or a division anywhere for a long name.
        cands = [c for c in gazetteer.lookup_fuzzy(part, {country} if country else prefer) if c.feature in _RANK]
    if not cands:
        return None
    if inside:
        cands = [c for c in cands if c.feature != "city" or (c.admin1 and name_key(c.admin1) in inside)] or cands
    divisions = [c for c in cands if c.feature != "city"]
    if divisions and (had_kind or country is None or divisions[0].population >= cands[0].population / 10):
        return divisions[0]
    return cands[0]


def _point(c: Candidate) -> tuple[float, float] | None:
    return (c.lat, c.lon) if c.lat is not None and c.lon is not None else None


def _town_like(part: str, area: Candidate, gazetteer: Gazetteer) -> bool:
    """Whether a bare name after a comma may be the next town of a list: a town, a spelling
    variant, or a division that shares its name with a town of 10,000 or more."""
    if area.feature == "city" or (area.variant and area.feature != "admin1"):
        return True
    return any(c.feature == "city" and not c.alias and c.population >= 10_000 for c in gazetteer.lookup_exact(part))


def _parts(text: str, end: int) -> tuple[int, list[tuple[str, bool]]]:
    """The raw chain parts after `end` and where the chain stops."""
    parts: list[tuple[str, bool]] = []
    pos = end
    kind = _LEADING_KIND.match(text[pos:pos + 40])
    if kind:
        pos += kind.end()  # "Makassar city, South Sulawesi province"
    other = _BRACKETED.match(text[pos:pos + 80])
    if other:
        pos += other.end()  # "Gabi [Gabi Mayaki] (Madarounfa, Maradi)": another spelling first
    while True:
        rest = text[pos:pos + 200]
        m = _PAREN.match(rest)
        if m and _OTHER_NAME.match(m.group(1)):
            pos += m.end()  # "Narere (also known as Marere) (District, Province)": another name first
            continue
        if m:
            inner = [_strip_kind(p) for p in _SPLIT.split(m.group(1)) if p.strip()]
            # Lower-case remarks are skipped ("(Turkana, coordinates used)"); with no capitalised
            # part it is not a chain of areas ("(coded as ...)", "(size=...)").
            inner = [(p, k) for p, k in inner if p[:1].isupper()]
            if not inner:
                break
            parts.extend(inner)
            pos += m.end()
            continue
        m = _COMMA_AREA.match(rest) or _IN_AREA.match(rest)
        if m:
            parts.append((m.group(1), True))
            pos += m.end()
            continue
        break
    return pos, parts


def _province_tail(text: str, pos: int, gazetteer: Gazetteer) -> tuple[int, Candidate | None]:
    """A bare ", Province" closing a chain of areas written with their kinds ("X district, Y
    regency, Central Java, held ..."): the province and where it ends; only a first-level division
    by its exact name (a bare name after a comma is otherwise the next town of a list)."""
    m = _COMMA_NAME.match(text[pos:pos + 80])
    if not m or iso3_for_name(m.group(1)):
        return pos, None  # (", Niger" after a chain is the country, not Niger State)
    cands = gazetteer.lookup_exact(m.group(1))
    if not cands or cands[0].feature != "admin1":
        return pos, None
    return pos + m.end(1), cands[0]


def admin_chain(text: str, end: int, gazetteer: Gazetteer,
                prefer: frozenset[str] = frozenset(), name: str = "") -> AdminChain | None:
    """The administrative areas written after the mention ending at `end`, or None. Parts the
    gazetteer cannot place are skipped. Parts are read from the last (the largest area, mostly:
    "(Palma, Cabo Delgado)") so the least ambiguous fixes the country, unless another part is a
    province by its exact name, or a bare province closes a chain of kinds ("X district, Y regency,
    Central Java": `_province_tail`): that fixes it; the areas kept share it.
    `prefer`: countries the text names, chosen first when a part is ambiguous. `name`: the
    mention itself; a division or country followed by a bare ", Division" starts a list of
    divisions ("Alaska, Hawaii, Florida"; "Tamil Nadu, Karnataka"), not a town and its area."""
    country: str | None = None
    stop, parts = _parts(text, end)
    tail: Candidate | None = None
    if parts and parts[-1][1]:
        stop, tail = _province_tail(text, stop, gazetteer)
    bare = not parts
    if bare:
        m = _COMMA_NAME.match(text[end:end + 80])
        if not m:
            return None
        parts, stop = [(m.group(1), False)], end + m.end()
    areas: list[Candidate] = []
    kinded: list[tuple[float, float]] = []
    if tail is not None:
        areas.append(tail)
        country = tail.country
    elif len(parts) > 1:
        # A province among the parts fixes the country whatever their order ("(Cabo Delgado,
        # Palma)": the district after its province is not a namesake town abroad).
        country = next((c.country for part, _ in reversed(parts) if not iso3_for_name(part)
                        for c in gazetteer.lookup_exact(part)[:1] if c.feature == "admin1"), None)
    for part, had_kind in reversed(parts):
        inside = frozenset(name_key(a.admin1 or a.name) for a in areas if a.feature == "admin1")
        area = _area(part, had_kind, country, gazetteer, prefer, inside)
        # A bare ", Name" may be the next town of a list; a name in brackets is an area ("Yakou (Lac)").
        if area is None or (bare and not had_kind and (
                _town_like(part, area, gazetteer) or (area.feature == "admin1" and is_division_name(name, gazetteer)))):
            continue  # "Kirkuk, Mosul", "Kano, Kaduna": a list of towns, not a town and its area
        if areas and area.lat is not None and areas[0].lat is not None and areas[0].lon is not None \
                and area.lon is not None and km(area.lat, area.lon, areas[0].lat, areas[0].lon) > MAX_AREA_KM:
            continue
        here = _point(area)
        seats = [pt for a in areas if a.feature == "admin1" and (pt := _point(a))]
        if area.variant and area.feature == "city" and seats and here is not None \
                and not (area.admin1 and name_key(area.admin1) in inside) \
                and all(km(*here, *seat) > NEAR_SEAT_KM for seat in seats):
            continue  # "Kigumo (..., Murang'a)" spelled near another province's town ("Kisumo")
        if kinded and here is not None and area.feature == "city" and all(km(*here, *t) > MAX_TOWNS_KM for t in kinded):
            continue  # "X district, Jember regency": a namesake of X far from Jember is not the district
        areas.append(area)
        country = area.country
        if had_kind and area.feature in ("city", "admin2") and here is not None:
            kinded.append(here)  # a town or district written with its kind ("Jember regency")
    if not areas:
        return None
    # Most specific first; of two towns, the one written first ("(Ouallam, Tillabery)": Ouallam, the
    # second standing for its region). Parts were read from the last.
    ranked = sorted(enumerate(areas), key=lambda ia: (-_RANK.get(ia[1].feature, 0), -ia[0]))
    return AdminChain(stop, tuple(a for _, a in ranked))


def is_division_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether `name` names a country, or a first-level division before any town of its name
    ("Alaska", "Tamil Nadu"; not "Kano", a city before its state)."""
    if not name or iso3_for_name(name):
        return bool(name)
    cands = gazetteer.lookup_exact(name)
    return bool(cands) and cands[0].feature in ("admin1", "country")


def within_chain(cand: Candidate, chain: AdminChain) -> bool:
    """Whether a candidate lies in the chain's areas: same country, and its admin1 is named in the
    chain, or (when its admin1 is only a code, or the chain names no province) it lies near one
    of the chain's towns or districts."""
    if cand.country != chain.country:
        return False
    if cand.admin1 and name_key(cand.admin1) in chain.names:
        return True
    named_admin1 = cand.admin1 is not None and not cand.admin1.isdigit() and len(cand.admin1) > 3
    if named_admin1 and any(a.feature == "admin1" for a in chain.areas):
        # "Sumbersari" in Central Java is not the one in "(..., East Java province)", unless it lies
        # near the named province's seat (a town's admin1 is sometimes its neighbour's: "Thika
        # (Kiambu)").
        return cand.lat is not None and cand.lon is not None and any(
            a.lat is not None and a.lon is not None and km(cand.lat, cand.lon, a.lat, a.lon) <= NEAR_AREA_KM
            for a in chain.areas if a.feature == "admin1")
    if cand.lat is None or cand.lon is None:
        return False
    return any(a.lat is not None and a.lon is not None
               and km(cand.lat, cand.lon, a.lat, a.lon) <= (NEAR_SEAT_KM if a.feature == "admin1" else NEAR_AREA_KM)
               for a in chain.areas if a.feature != "admin1" or not named_admin1)


def near_district(cands: Sequence[Candidate], chain: AdminChain) -> list[Candidate]:
    """`cands` (inside `chain`) narrowed to those within `NEAR_AREA_KM` of the chain's
    second-level divisions or towns when it names any: towns carry only their first-level
    division, so "Thruxton, Hampshire" would otherwise be any Thruxton in England, and "X
    sub-district, Jember regency" any X in East Java (none near: the name is a village the
    gazetteer lacks, placed at the district or town). Near a town only, a town of
    `KNOWN_TOWN_POPULATION` or more is kept wherever it lies in the chain's areas."""
    districts = [(a.lat, a.lon) for a in chain.areas if a.feature in ("admin2", "city") and a.lat is not None
                 and a.lon is not None]
    if not districts:
        return list(cands)
    towns_only = not any(a.feature == "admin2" for a in chain.areas)
    return [c for c in cands if c.lat is not None and c.lon is not None
            and ((towns_only and c.population >= KNOWN_TOWN_POPULATION)
                 or any(km(c.lat, c.lon, lat, lon) <= NEAR_AREA_KM for lat, lon in districts))]


# A town named with its kind ("Sorong city", "Poso regency") this big is the well-known one even when
# the province written after it is another (a province split off since: "Sorong city, Papua").
NAMED_TOWN_MIN_POPULATION = 20_000
_TOWN_KIND = re.compile(r"^(?:kota|kabupaten)\s|\s(?:city|town|regency|municipality)$", re.IGNORECASE)
_TOWN_KIND_AFTER = re.compile(r"\s+(?:city|town|regency|municipality)\b", re.IGNORECASE)


def named_town_of_country(name: str, after: str, cands: Sequence[Candidate],
                          chain: AdminChain) -> list[Candidate]:
    """For a name written with its kind ("Tarakan city", "Majene Regency") none of whose namesakes
    lies in the chain's areas: its towns of `NAMED_TOWN_MIN_POPULATION` or more in the chain's
    country (province names change as provinces split; a big town's name does not), by its own
    name (not a big town's alternate name: "Baru City" is not Toli-Toli). `after`: the text after
    the name ("Tarakan" + " city, ...")."""
    if not (_TOWN_KIND.search(name.strip()) or _TOWN_KIND_AFTER.match(after)):
        return []
    return [c for c in cands if c.feature == "city" and c.country == chain.country
            and c.population >= NAMED_TOWN_MIN_POPULATION and not (c.alias or c.variant)]


_AREA_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ -][A-Z][\w'\u2019.-]*){0,3}")


def name_with_areas(text: str, start: int, end: int, gazetteer: Gazetteer) -> int | None:
    """Where a name the model took for a person or an organisation ends when a parenthesised list
    of areas the gazetteer knows follows it ("Kouri Bougoudi (Tibesti Ouest, Tibesti)", or
    "Delbian (Tandjile" tagged as one name): then it is a place. None otherwise."""
    cut = text.find(" (", start, end)
    if cut != -1:
        end = cut
    surface = text[start:end]
    if not _AREA_NAME.fullmatch(surface) or len(surface) < 3 or surface.lower() in ("the", "and"):
        return None
    if not re.match(r"\s*\(", text[end:end + 3]) or admin_chain(text, end, gazetteer) is None:
        return None
    return end


_NAME_COMMA_AREA = re.compile(
    r"^((?:[A-Z][\w'\u2019-]*\s){0,2}[A-Z][\w'\u2019-]*),\s([A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?)$")
# The area after the comma: a division, or a town at least this big.
COMMA_AREA_MIN_POPULATION = 10_000


def name_comma_area(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """For a name the model tagged as a person or organisation that is "Village, Area" ("Qqkambi,
    Wajir"): where the village's name ends and the area's begins, when the gazetteer knows the area
    as a division or a town of `COMMA_AREA_MIN_POPULATION` or more; None otherwise."""
    m = _NAME_COMMA_AREA.match(text[start:end])
    if not m or any(iso3_for_name(g) or iso3_for_demonym(g) for g in m.groups()):
        return None
    if not any(c.feature in ("admin1", "admin2")
               or (c.feature == "city" and c.population >= COMMA_AREA_MIN_POPULATION)
               for c in gazetteer.lookup_exact(m.group(2))):
        return None
    return start + m.end(1), start + m.start(2)
