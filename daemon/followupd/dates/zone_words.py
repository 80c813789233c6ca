"""The words that name a time zone, in English, German, French and Spanish, and the IANA zone
each one means. Data, plus the lookups that turn written words into a zone.

A zone is written in a few ways, whatever the language: an abbreviation ("EST", "MESZ",
"HAE"); a region's clock ("Pacific", "Central European Summer Time", "hora del Pacífico");
a place's clock ("London time", "heure de Paris", "hora de Ciudad de México", "Berliner
Zeit", "10:00 Madrid"); a nationality's ("German time", "heure française", "hora española").
Each names a region's clock, never a fixed offset: zoneinfo gives the offset for the date.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from followupd.dates.words import offset_hours


def _table(lines: str, separator: str | None = "|") -> dict[str, str]:
    """{"New York": "America/New_York", ...} from lines of "New York|NYC = America/New_York"
    (separator None: names apart by blanks)."""
    table: dict[str, str] = {}
    for line in lines.strip().splitlines():
        names, value = line.split("=")
        written = (n.strip() for n in names.split(separator))
        table.update(dict.fromkeys((n for n in written if n), value.strip()))
    return table


def zone_key(words: str) -> str:
    """The form tables are looked up in: lowercase, accents and dots dropped, one space,
    straight apostrophes ("Ciudad de México" -> "ciudad de mexico", "U.K." -> "uk")."""
    decomposed = unicodedata.normalize("NFKD", words.lower().replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(".", "").split())


# Written as they are (case matters: "CAT", "EAT" and "PET" are words in lowercase).
ABBREVIATIONS: dict[str, str] = _table(
    """
    ET EST EDT HNE HAE = America/New_York
    CT CST CDT HNC HAC = America/Chicago
    MT MST MDT HNR HAR = America/Denver
    PT PST PDT HNP HAP = America/Los_Angeles
    AKST AKDT = America/Anchorage
    HST = Pacific/Honolulu
    AST ADT HNA HAA = America/Halifax
    NDT = America/St_Johns
    GMT BST = Europe/London
    UTC Z = UTC
    WET WEST WEZ WESZ = Europe/Lisbon
    CET CEST MEZ MESZ HEC HAEC HNEC = Europe/Paris
    EET EEST OEZ OESZ = Europe/Athens
    TRT = Europe/Istanbul
    MSK = Europe/Moscow
    GST = Asia/Dubai
    PKT = Asia/Karachi
    IST = Asia/Kolkata
    ICT = Asia/Bangkok
    WIB = Asia/Jakarta
    SGT = Asia/Singapore
    PHT = Asia/Manila
    HKT = Asia/Hong_Kong
    JST = Asia/Tokyo
    KST = Asia/Seoul
    AEST AEDT AET = Australia/Sydney
    ACST ACDT = Australia/Adelaide
    AWST = Australia/Perth
    NZST NZDT = Pacific/Auckland
    SAST = Africa/Johannesburg
    CAT = Africa/Maputo
    EAT = Africa/Nairobi
    WAT = Africa/Lagos
    BRT = America/Sao_Paulo
    ART = America/Argentina/Buenos_Aires
    COT = America/Bogota
    PET = America/Lima
    CLT CLST = America/Santiago
    """,
    separator=None,
)
# Abbreviations that are a zone wherever they stand, not only after a time: the others are
# words or parts of codes too often ("PT" part-time, "CT" Connecticut, "ART", "WEST").
FREE_ABBREVIATIONS = frozenset(
    {
        *("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT"),
        *("HNE", "HAE", "HNC", "HAC", "HNR", "HAR", "HNP", "HAP"),
        *("CET", "CEST", "MEZ", "MESZ", "HEC", "HAEC", "BST", "GMT", "UTC"),
        *("EET", "EEST", "OEZ", "OESZ", "WEZ", "WESZ", "MSK", "IST", "SAST"),
        *("JST", "SGT", "HKT", "KST", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT"),
    }
)

# A region's clock: a zone after a time on its own ("2pm Pacific"), else with a time word.
REGIONS: dict[str, str] = _table("""
    eastern = America/New_York
    central = America/Chicago
    mountain = America/Denver
    pacific = America/Los_Angeles
    atlantic = America/Halifax
    alaska|alaskan = America/Anchorage
    hawaii|hawaiian|hawaii-aleutian = Pacific/Honolulu
""")
BARE_REGIONS = frozenset(REGIONS)

# Clocks named only with a time word: "Central European (Summer) Time", "German time",
# "heure de l'Est", "hora del centro", "deutscher Zeit".
CLOCKS: dict[str, str] = _table("""
    newfoundland = America/St_Johns
    greenwich mean|greenwich|coordinated universal|universal = UTC
    british|british summer|english|uk|gb = Europe/London
    irish|irish standard = Europe/Dublin
    western european|portuguese|westeuropäischer = Europe/Lisbon
    central european|mitteleuropäischer|mitteleuropäische = Europe/Paris
    europe centrale|d'europe centrale|europa central|de europa central = Europe/Paris
    french|française|francaise|francesa|französischer|französische = Europe/Paris
    german|deutscher|deutsche|allemande|alemana = Europe/Berlin
    spanish|española|espanola|espagnole|spanischer|spanische|peninsular = Europe/Madrid
    canaria|canarias|canary islands = Atlantic/Canary
    italian|italienne|italiana|italienischer = Europe/Rome
    dutch|niederländischer = Europe/Amsterdam
    belgian|belge = Europe/Brussels
    swiss|suisse|schweizer|suiza = Europe/Zurich
    austrian|österreichischer|österreichische = Europe/Vienna
    polish = Europe/Warsaw
    swedish = Europe/Stockholm
    eastern european|osteuropäischer = Europe/Athens
    israel|israeli|israel standard = Asia/Jerusalem
    gulf|gulf standard|arabian|arabia standard = Asia/Dubai
    india|indian|india standard|indienne = Asia/Kolkata
    japan|japanese|japan standard|japonaise|japonesa|japanischer = Asia/Tokyo
    china|chinese|china standard = Asia/Shanghai
    korea|korean|korea standard = Asia/Seoul
    singapore standard|singaporean = Asia/Singapore
    australian eastern|aus eastern = Australia/Sydney
    australian central = Australia/Adelaide
    australian western = Australia/Perth
    new zealand = Pacific/Auckland
    south african|south africa standard = Africa/Johannesburg
    mexican|mexicaine|mexicana|centro|del centro de mexico|centro de mexico = America/Mexico_City
    colombian|colombienne|colombiana = America/Bogota
    argentine|argentinian|argentina = America/Argentina/Buenos_Aires
    chilean|chilena = America/Santiago
    peruvian|peruana = America/Lima
    brazilian|brasilia|brasília = America/Sao_Paulo
    québécoise|quebecoise = America/Toronto
    de l'est|l'est|este|del este = America/New_York
    centre|du centre = America/Chicago
    rocheuses|des rocheuses|montaña|la montaña|la montana = America/Denver
    pacifique|du pacifique|pacífico|pacifico|del pacífico|del pacifico = America/Los_Angeles
    l'atlantique|atlántico|atlantico = America/Halifax
    moscow standard = Europe/Moscow
""")

# Places (cities, countries) in the four languages: a zone after a time on their own when
# capitalised ("10:00 Madrid", "(UTC+01:00) Amsterdam, Berlin"), else with a time word.
PLACES: dict[str, str] = _table("""
    New York|NYC|Nueva York|New Yorker = America/New_York
    Boston|Washington|Atlanta|Miami|Philadelphia = America/New_York
    Detroit|Pittsburgh|Raleigh|Tampa|Indiana|Ohio|Florida = America/New_York
    Toronto|Ottawa|Montreal|Montréal|Quebec|Québec = America/Toronto
    Chicago|Austin|Dallas|Houston|Minneapolis|Nashville|St Louis|Kansas City|Texas = America/Chicago
    Denver|Boulder|Salt Lake City|Colorado|Utah|Calgary|Edmonton = America/Denver
    Phoenix|Arizona = America/Phoenix
    San Francisco|Seattle|Los Angeles|Portland|San Diego|San Jose|Palo Alto = America/Los_Angeles
    Mountain View|Silicon Valley|Bay Area|California|Oakland|Sacramento = America/Los_Angeles
    Vancouver = America/Vancouver
    Halifax = America/Halifax
    Anchorage = America/Anchorage
    Honolulu = Pacific/Honolulu
    Mexico City|Ciudad de México|Ciudad de Mexico = America/Mexico_City
    CDMX|Mexiko-Stadt|Guadalajara|Monterrey = America/Mexico_City
    México|Mexico|Mexiko|Mexique = America/Mexico_City
    Bogotá|Bogota|Colombia|Kolumbien|Colombie = America/Bogota
    Lima|Perú|Peru|Pérou = America/Lima
    Santiago|Chile|Chili = America/Santiago
    Buenos Aires|Argentina|Argentinien|Argentine = America/Argentina/Buenos_Aires
    São Paulo|Sao Paulo|Rio de Janeiro|Brasil|Brazil|Brasilien|Brésil = America/Sao_Paulo
    Caracas|Venezuela = America/Caracas
    London|Londres|Londra|Londoner|Manchester|Edinburgh|Glasgow|Bristol = Europe/London
    UK|United Kingdom|Britain|Great Britain = Europe/London
    England|Scotland|Wales|Reino Unido|Royaume-Uni = Europe/London
    Dublin|Ireland|Irland|Irlande|Irlanda = Europe/Dublin
    Lisbon|Lisboa|Lisbonne|Lissabon|Porto|Portugal = Europe/Lisbon
    Paris|Lyon|Marseille|Toulouse|Lille|Nantes|Bordeaux|France|Frankreich|Francia = Europe/Paris
    Berlin|Berliner|Munich|München|Münchner|Hamburg|Hamburger|Frankfurt|Frankfurter = Europe/Berlin
    Köln|Cologne|Colonia|Stuttgart|Düsseldorf|Leipzig|Dresden = Europe/Berlin
    Germany|Deutschland|Allemagne|Alemania = Europe/Berlin
    Madrid|Barcelona|Valencia|Sevilla|Seville|Bilbao|Málaga|Malaga|Zaragoza = Europe/Madrid
    Spain|Spanien|Espagne|España|Espana = Europe/Madrid
    Amsterdam|Rotterdam|Eindhoven|Utrecht = Europe/Amsterdam
    Netherlands|Niederlande|Pays-Bas|Países Bajos = Europe/Amsterdam
    Brussels|Bruxelles|Brüssel|Bruselas|Belgium|Belgien|Belgique|Bélgica = Europe/Brussels
    Zurich|Zürich|Zúrich|Zürcher|Geneva|Genève|Genf|Ginebra|Basel|Bern|Lausanne = Europe/Zurich
    Switzerland|Schweiz|Suisse|Suiza = Europe/Zurich
    Vienna|Wien|Wiener|Vienne|Viena|Austria|Österreich|Autriche = Europe/Vienna
    Rome|Rom|Roma|Milan|Milano|Mailand|Milán|Italy|Italien|Italie|Italia = Europe/Rome
    Luxembourg|Luxemburg|Luxemburgo = Europe/Luxembourg
    Copenhagen|København|Kopenhagen|Copenhague|Denmark|Dänemark = Europe/Copenhagen
    Stockholm|Estocolmo|Sweden|Schweden|Suède|Suecia = Europe/Stockholm
    Oslo|Norway|Norwegen = Europe/Oslo
    Helsinki|Finland|Finnland = Europe/Helsinki
    Warsaw|Warschau|Varsovie|Varsovia|Kraków|Krakow|Poland|Polen|Pologne|Polonia = Europe/Warsaw
    Prague|Prag|Praga|Czechia = Europe/Prague
    Budapest|Hungary = Europe/Budapest
    Bucharest|Bukarest|Bucarest|Romania = Europe/Bucharest
    Athens|Athen|Athènes|Atenas|Greece = Europe/Athens
    Kyiv|Kiev|Ukraine = Europe/Kyiv
    Tallinn = Europe/Tallinn
    Riga = Europe/Riga
    Vilnius = Europe/Vilnius
    Istanbul|Estambul|Turkey|Türkei|Turquie|Turquía = Europe/Istanbul
    Moscow|Moskau|Moscou|Moscú = Europe/Moscow
    Tel Aviv|Jerusalem|Israel = Asia/Jerusalem
    Dubai|Dubaï|Abu Dhabi|UAE = Asia/Dubai
    Cairo|Kairo|Le Caire|El Cairo|Egypt = Africa/Cairo
    Johannesburg|Johannesburgo|Cape Town|South Africa = Africa/Johannesburg
    Lagos|Nigeria = Africa/Lagos
    Nairobi|Kenya = Africa/Nairobi
    Karachi|Pakistan = Asia/Karachi
    Bangalore|Bengaluru|Mumbai|Bombay|Delhi|New Delhi|Hyderabad|Pune|Chennai|Kolkata = Asia/Kolkata
    Indien|Inde = Asia/Kolkata
    Singapore|Singapur|Singapour = Asia/Singapore
    Kuala Lumpur|Malaysia = Asia/Kuala_Lumpur
    Bangkok|Thailand = Asia/Bangkok
    Jakarta = Asia/Jakarta
    Manila|Philippines = Asia/Manila
    Hong Kong = Asia/Hong_Kong
    Shanghai|Beijing|Peking|Pékin|Pekín|Shenzhen = Asia/Shanghai
    Taipei|Taiwan = Asia/Taipei
    Seoul|Séoul|Seúl|South Korea = Asia/Seoul
    Tokyo|Tokio|Osaka|Japon|Japón = Asia/Tokyo
    Sydney|Sídney|Melbourne|Canberra|Hobart = Australia/Sydney
    Brisbane = Australia/Brisbane
    Adelaide = Australia/Adelaide
    Perth = Australia/Perth
    Auckland|Wellington|New Zealand|Nueva Zelanda = Pacific/Auckland
""")

# Every written form, looked up by zone_key (so "Mexico" and "México" are one entry).
_REGIONS = {zone_key(k): v for k, v in REGIONS.items()}
_CLOCKS = {zone_key(k): v for k, v in CLOCKS.items()}
_PLACES = {zone_key(k): v for k, v in PLACES.items()}

US_ZONES = frozenset(
    {
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
        "America/Anchorage",
        "Pacific/Honolulu",
    }
)


def abbreviation_zone(abbreviation: str, sent: datetime) -> str:
    """The IANA zone an abbreviation means for this sender (IST, CST and AST are ambiguous):
    IST is India, but Ireland from a sender at +0/+1 and Israel at +2/+3; CST is US Central
    but China at +8; AST is Atlantic but Arabia at +3."""
    hours = offset_hours(sent)
    if abbreviation == "IST" and hours in (0.0, 1.0):
        return "Europe/Dublin"
    if abbreviation == "IST" and hours in (2.0, 3.0):
        return "Asia/Jerusalem"
    if abbreviation == "CST" and hours == 8.0:
        return "Asia/Shanghai"
    if abbreviation == "AST" and hours == 3.0:
        return "Asia/Riyadh"
    return ABBREVIATIONS[abbreviation]


def region_zone(words: str) -> str | None:
    """The zone of a region's, nationality's or place's clock ("Pacific", "German", "Madrid")."""
    key = zone_key(words)
    return _REGIONS.get(key) or _CLOCKS.get(key) or _PLACES.get(key)


def is_bare_zone(words: str) -> bool:
    """Whether the words name a zone on their own, without a time word: a US region
    ("2pm Pacific") or a place ("10:00 Madrid"), not a nationality ("2pm German")."""
    key = zone_key(words)
    return key in _REGIONS or key in _PLACES


def is_place(words: str) -> bool:
    return zone_key(words) in _PLACES


def zone_info(name: str) -> tzinfo:
    return UTC if name == "UTC" else ZoneInfo(name)


def fixed_offset(sign: str, hours: str, minutes: str) -> tzinfo:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-delta if sign in "-−" else delta)


def every_form() -> list[str]:
    """Every written region, clock and place, as written and without accents, for patterns."""
    forms = {*REGIONS, *CLOCKS, *PLACES}
    forms |= {zone_key(f) for f in forms}
    forms |= {f.lower() for f in forms}
    return sorted(forms)
