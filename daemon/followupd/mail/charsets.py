"""Bytes of mail text to str when the declared charset is wrong, unknown or missing."""

from __future__ import annotations

import codecs

_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "x-sjis": "shift_jis",
    "unicode-1-1-utf-7": "utf-7",
    "us-ascii": "utf-8",  # "ascii" mail with 8-bit bytes is nearly always UTF-8
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",  # as browsers do: cp1252 is a superset in practice
    "latin1": "cp1252",
    "latin-1": "cp1252",
}
_LATIN = frozenset({"cp1252", "iso8859-1", "iso8859-15"})


def codec_for(charset: str) -> str | None:
    """The Python codec for a MIME charset label, or None if unknown."""
    label = charset.split("*", 1)[0].strip().strip('"').lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def decode_text(data: bytes, label: str, notes: list[str]) -> str:
    """Declared charset if it fits; else UTF-8, else charset detection, else latin-1."""
    codec = codec_for(label) if label else None
    if label and codec is None:
        notes.append(f"unknown charset {label[:40]!r}")
    if codec in _LATIN and not data.isascii():
        try:
            return data.decode("utf-8")  # UTF-8 labelled latin-1 is far likelier than not
        except UnicodeDecodeError:
            pass
    for candidate in (codec, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                notes.append(f"text not in charset {candidate}")
    return _detected(data)


def _detected(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65_536]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("latin-1")
