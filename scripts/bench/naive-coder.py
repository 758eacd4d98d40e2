#!/usr/bin/env python3
"""A deliberately naive event coder, the yardstick of issue 9: plain Python, no libraries.

Sentences are cut with one regular expression; a sentence that names two or more countries (a fixed
list of names and adjectives) and holds one of a few dozen verb keywords becomes one event per ordered
pair of the first two countries, typed by the keyword. No parsing, no dates, no figures, no status:
this is the cheapest coder that still reads every sentence, so `npm run bench` can say how much more
multivector's extraction costs on the same files (wall time, whole process, start-up included).

usage: naive-coder.py FILE_OR_FOLDER...   prints JSON Lines (one line per event) and, on stderr,
a summary line with files, bytes, sentences and events.
"""
import json
import os
import re
import sys

COUNTRIES = {
    "afghanistan": "AFG", "afghan": "AFG", "armenia": "ARM", "armenian": "ARM", "azerbaijan": "AZE",
    "azerbaijani": "AZE", "belarus": "BLR", "belarusian": "BLR", "china": "CHN", "chinese": "CHN",
    "beijing": "CHN", "france": "FRA", "french": "FRA", "paris": "FRA", "georgia": "GEO", "georgian": "GEO",
    "germany": "DEU", "german": "DEU", "berlin": "DEU", "india": "IND", "indian": "IND", "iran": "IRN",
    "iranian": "IRN", "tehran": "IRN", "israel": "ISR", "israeli": "ISR", "japan": "JPN", "japanese": "JPN",
    "tokyo": "JPN", "kazakhstan": "KAZ", "kazakh": "KAZ", "astana": "KAZ", "kyrgyzstan": "KGZ",
    "kyrgyz": "KGZ", "bishkek": "KGZ", "mongolia": "MNG", "mongolian": "MNG", "pakistan": "PAK",
    "pakistani": "PAK", "russia": "RUS", "russian": "RUS", "moscow": "RUS", "kremlin": "RUS",
    "saudi arabia": "SAU", "saudi": "SAU", "south korea": "KOR", "korean": "KOR", "north korea": "PRK",
    "syria": "SYR", "syrian": "SYR", "tajikistan": "TJK", "tajik": "TJK", "turkey": "TUR", "turkiye": "TUR",
    "turkish": "TUR", "ankara": "TUR", "turkmenistan": "TKM", "turkmen": "TKM", "ukraine": "UKR",
    "ukrainian": "UKR", "kyiv": "UKR", "kiev": "UKR", "united kingdom": "GBR", "britain": "GBR",
    "british": "GBR", "london": "GBR", "united states": "USA", "u.s.": "USA", "us": "USA",
    "american": "USA", "washington": "USA", "uzbekistan": "UZB", "uzbek": "UZB", "tashkent": "UZB",
    "european union": "EUR", "eu": "EUR", "brussels": "EUR", "italy": "ITA", "italian": "ITA",
    "poland": "POL", "polish": "POL", "qatar": "QAT", "egypt": "EGY", "egyptian": "EGY", "iraq": "IRQ",
    "iraqi": "IRQ", "lebanon": "LBN", "venezuela": "VEN", "cuba": "CUB", "brazil": "BRA", "brazilian": "BRA",
    "canada": "CAN", "canadian": "CAN", "australia": "AUS", "australian": "AUS", "taiwan": "TWN",
    "vietnam": "VNM", "philippines": "PHL", "indonesia": "IDN", "malaysia": "MYS", "thailand": "THA",
    "nigeria": "NGA", "ethiopia": "ETH", "sudan": "SDN", "yemen": "YEM", "hungary": "HUN", "serbia": "SRB",
}

VERBS = {
    "met": "CONSULT", "meet": "CONSULT", "meets": "CONSULT", "talks": "CONSULT", "visited": "CONSULT",
    "visit": "CONSULT", "visits": "CONSULT", "hosted": "CONSULT", "discussed": "CONSULT", "summit": "CONSULT",
    "signed": "AGREE", "sign": "AGREE", "agreed": "AGREE", "agreement": "AGREE", "deal": "AGREE",
    "memorandum": "AGREE", "treaty": "AGREE", "accused": "ACCUSE", "condemned": "ACCUSE",
    "criticized": "ACCUSE", "criticised": "ACCUSE", "blamed": "ACCUSE", "sanctions": "SANCTION",
    "sanctioned": "SANCTION", "banned": "SANCTION", "expelled": "SANCTION", "attacked": "ASSAULT",
    "struck": "ASSAULT", "shelled": "ASSAULT", "invaded": "ASSAULT", "threatened": "THREATEN",
    "warned": "THREATEN", "supports": "SUPPORT", "supported": "SUPPORT", "praised": "SUPPORT",
    "welcomed": "SUPPORT", "aid": "AID", "assistance": "AID", "donated": "AID", "loan": "AID",
    "requested": "REQUEST", "urged": "REQUEST", "demanded": "REQUEST", "rejected": "REJECT",
    "refused": "REJECT", "protested": "PROTEST", "withdrew": "RETREAT", "released": "CONCEDE",
    "cooperation": "COOPERATE", "partnership": "COOPERATE",
}

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
WORD = re.compile(r"[a-z][a-z.]*[a-z]|[a-z]")
NAMES = re.compile(r"\b(" + "|".join(sorted((re.escape(n) for n in COUNTRIES), key=len, reverse=True)) + r")\b")


def code_sentence(sentence):
    lower = sentence.lower()
    countries = []
    for m in NAMES.finditer(lower):
        code = COUNTRIES[m.group(1)]
        if code not in countries:
            countries.append(code)
    if len(countries) < 2:
        return []
    for word in WORD.findall(lower):
        kind = VERBS.get(word)
        if kind:
            return [{"type": kind, "source": countries[0], "target": countries[1], "keyword": word}]
    return []


def files_of(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                for name in sorted(names):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield p


def main(argv):
    files = nbytes = sentences = events = 0
    out = sys.stdout
    for path in files_of(argv):
        with open(path, "rb") as f:
            raw = f.read()
        files += 1
        nbytes += len(raw)
        text = raw.decode("utf-8", errors="replace")
        for m in SENTENCE.finditer(text):
            sentences += 1
            for event in code_sentence(m.group(0)):
                event["file"] = path
                out.write(json.dumps(event) + "\n")
                events += 1
    sys.stderr.write(f"naive-coder: {files} files, {nbytes} bytes, {sentences} sentences, {events} events\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
