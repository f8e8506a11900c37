#!/usr/bin/env python3
"""Writes the bad-input corpus: one folder per case with its import parts and expect.properties.

Each expectation is written by hand from the import rules (README, "Import format" and "Limits"),
not copied from the app's answers. Run from this folder: /usr/bin/python3 make.py
"""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
A = "id,name,sector"
T = "from,to,kind"
# actors of the sample that cases refer to (data/sample/actors.csv)
OK = "a0001"
OK2 = "a0002"

cases = []
def case(name, status, file, line, field, parts, note):
    cases.append((name, status, file, line, field, parts, note))

def actors(*rows, header=A):
    return {"actors.csv": "\n".join((header,) + rows) + "\n"}

def ties(*rows, header=T):
    return {"ties.csv": "\n".join((header,) + rows) + "\n"}

def ecos(*rows, header="id,name,region"):
    return {"ecosystems.csv": "\n".join((header,) + rows) + "\n"}

# actors.csv
case("actor-unknown-sector", 422, "actors.csv", 2, "sector", actors("x1,X,industry"), "sector not one of the four")
case("actor-missing-name", 422, "actors.csv", 2, "name", actors("x1,,business"), "required cell empty")
case("actor-missing-sector-column", 422, "actors.csv", 1, "sector", actors("x1,X", header="id,name"), "required column missing")
case("actor-empty-id", 422, "actors.csv", 2, "id", actors(",X,business"), "required id empty")
case("actor-duplicate-id", 422, "actors.csv", 3, "id", actors("x1,X,business", "x1,Y,business"), "one id, one thing")
case("actor-id-space", 422, "actors.csv", 2, "id", actors("x 1,X,business"), "space in an id")
case("actor-id-pipe", 422, "actors.csv", 2, "id", actors("x|1,X,business"), "the multi-value separator in an id")
case("actor-id-slash", 422, "actors.csv", 2, "id", actors("x/1,X,business"), "a slash cannot stand in a URL path segment")
case("actor-id-nul", 422, "actors.csv", 2, "id", actors("x\x001,X,business"), "NUL byte in an id")
case("actor-id-bell", 422, "actors.csv", 2, "id", actors("x\x07,X,business"), "control character in an id")
case("actor-id-line-break", 422, "actors.csv", 2, "id", actors('"x\n1",X,business'), "line break in a quoted id")
case("actor-id-too-long", 422, "actors.csv", 2, "id", actors("x" * 201 + ",X,business"), "201 characters, limit 200")
case("actor-id-leading-dash", 422, "actors.csv", 2, "id", actors("-x,X,business"), "an id starts with a letter or digit")
case("actor-id-quote", 422, "actors.csv", 2, "id", actors('"x""1",X,business'), "a quote in an id")
case("actor-name-nul", 422, "actors.csv", 2, "name", actors("x1,Bad\x00Name,business"), "NUL byte in a name")
case("actor-name-fffe", 422, "actors.csv", 2, "name", actors("x1,Bad\ufffeName,business"), "U+FFFE is no character")
case("actor-unknown-role", 422, "actors.csv", 2, "roles", actors("x1,X,business,wizard", header=A + ",roles"), "role not known")
case("actor-bad-country", 422, "actors.csv", 2, "country", actors("x1,X,business,swe", header=A + ",country"), "country is two upper-case letters")
case("actor-size-text", 422, "actors.csv", 2, "size", actors("x1,X,business,many", header=A + ",size"), "size is a whole number")
case("actor-size-negative", 422, "actors.csv", 2, "size", actors("x1,X,business,-3", header=A + ",size"), "size 0 or more")
case("actor-size-plus", 422, "actors.csv", 2, "size", actors("x1,X,business,+5", header=A + ",size"), "ASCII digits only")
case("actor-sme-yes", 422, "actors.csv", 2, "sme", actors("x1,X,business,yes", header=A + ",sme"), "sme is true or false")
case("actor-unknown-ecosystem", 422, "actors.csv", 2, "ecosystems", actors("x1,X,business,atlantis", header=A + ",ecosystems"), "dangling ecosystem id")
case("actor-quote-in-unquoted", 422, "actors.csv", 2, "name", actors('x1,Smith "Jr" AB,business'), "RFC 4180: quote inside an unquoted value")
case("actor-text-after-quote", 422, "actors.csv", 2, "name", actors('x1,"Smith" AB,business'), "RFC 4180: text after the closing quote")
case("actor-unclosed-quote", 422, "actors.csv", 3, "", actors("x1,X,business", 'x2,"Open,business'), "quote never closed")
case("actor-too-many-cells", 422, "actors.csv", 2, "", actors("x1,X,business,extra"), "more cells than the header")
case("actor-column-score", 422, "actors.csv", 1, "score_pagerank", actors("x1,X,business,1", header=A + ",score_pagerank"), "a property the app writes")
case("actor-column-scores-version", 422, "actors.csv", 1, "scoresVersion", actors("x1,X,business,1", header=A + ",scoresVersion"), "a property the app writes")
case("actor-column-case-duplicate", 422, "actors.csv", 1, "", actors("x1,X,business,Y", header=A + ",NAME"), "NAME is name again: headers ignore case")
case("actor-column-bad-name", 422, "actors.csv", 1, "my col", actors("x1,X,business,1", header=A + ",my col"), "a column name that cannot be a property")
case("actor-too-many-columns", 422, "actors.csv", 1, "", actors("x1,X,business", header=A + "".join(",c%d" % i for i in range(300))), "303 columns, limit 256")
case("actor-huge-cell", 422, "actors.csv", 2, "name", actors("x1," + "n" * 10001 + ",business"), "10,001 characters, limit 10,000")
case("actor-no-header", 422, "actors.csv", 1, "", {"actors.csv": "\n"}, "an empty first line where the header belongs")
case("actor-blank-first-line", 422, "actors.csv", 1, "", {"actors.csv": "\nid,name,sector\nx1,X,business\n"}, "the header must be the first line")
# ties.csv
case("tie-unknown-kind", 422, "ties.csv", 2, "kind", ties(f"{OK},{OK2},friendship"), "kind not configured")
case("tie-self", 422, "ties.csv", 2, "to", ties(f"{OK},{OK},trade"), "a tie joins two actors")
case("tie-weight-zero", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,0", header=T + ",weight"), "weight above 0")
case("tie-weight-negative", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,-1", header=T + ",weight"), "weight above 0")
case("tie-weight-text", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,abc", header=T + ",weight"), "weight a number")
case("tie-weight-hex", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,0x1p3", header=T + ",weight"), "no hexadecimal floats")
case("tie-weight-nan", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,NaN", header=T + ",weight"), "no NaN")
case("tie-weight-infinity", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,Infinity", header=T + ",weight"), "no Infinity")
case("tie-weight-suffix", 422, "ties.csv", 2, "weight", ties(f"{OK},{OK2},trade,2.5f", header=T + ",weight"), "no Java type suffix")
case("tie-weight-comma", 422, "ties.csv", 2, "weight", ties(f'{OK},{OK2},trade,"1,5"', header=T + ",weight"), "decimals with a point")
case("tie-since-text", 422, "ties.csv", 2, "since", ties(f"{OK},{OK2},trade,twenty", header=T + ",since"), "a year")
case("tie-since-too-early", 422, "ties.csv", 2, "since", ties(f"{OK},{OK2},trade,1700", header=T + ",since"), "years 1800..2200")
case("tie-since-plus", 422, "ties.csv", 2, "since", ties(f"{OK},{OK2},trade,+2019", header=T + ",since"), "ASCII digits only")
case("tie-until-before-since", 422, "ties.csv", 2, "until", ties(f"{OK},{OK2},trade,2020,2019", header=T + ",since,until"), "until before since")
case("tie-dangling-from", 422, "ties.csv", 2, "from", ties(f"nobody,{OK2},trade"), "from names no actor")
case("tie-dangling-to", 422, "ties.csv", 2, "to", ties(f"{OK},nobody,trade"), "to names no actor")
case("tie-missing-kind-column", 422, "ties.csv", 1, "kind", ties(f"{OK},{OK2}", header="from,to"), "required column missing")
case("tie-duplicate-id", 422, "ties.csv", 3, "id", ties(f"t1,{OK},{OK2},trade", f"t1,{OK2},{OK},research", header="id," + T), "one tie id, one tie")
case("tie-same-tie-twice", 422, "ties.csv", 3, "", ties(f"{OK},{OK2},research", f"{OK2},{OK},research"), "an undirected tie given twice, once each way")
case("tie-id-space", 422, "ties.csv", 2, "id", ties(f"t 1,{OK},{OK2},trade", header="id," + T), "space in a tie id")
case("tie-from-pipe", 422, "ties.csv", 2, "from", ties(f"a|b,{OK2},trade"), "the separator in an actor reference")
case("tie-unknown-column", 422, "ties.csv", 1, "colour", ties(f"{OK},{OK2},trade,red", header=T + ",colour"), "ties.csv has no extra columns")
case("tie-id-reused-other-actors", 422, "ties.csv", 2, "id", ties(f"t000001,{OK},{OK2},research", header="id," + T), "t000001 is a0001-a0004 in the sample")
case("tie-id-reused-other-kind", 422, "ties.csv", 2, "id", ties("t000001,a0001,a0004,education", header="id," + T), "t000001 is a research tie in the sample")
case("tie-control-in-source", 422, "ties.csv", 2, "source", ties(f"{OK},{OK2},trade,sur\x1bvey", header=T + ",source"), "escape character in a source")
# ecosystems.csv
case("ecosystem-missing-name", 422, "ecosystems.csv", 2, "name", ecos("e1,,SE332"), "required cell empty")
case("ecosystem-duplicate-id", 422, "ecosystems.csv", 3, "id", ecos("e1,One,SE332", "e1,Two,SE332"), "one id, one thing")
case("ecosystem-id-space", 422, "ecosystems.csv", 2, "id", ecos("e 1,One,SE332"), "space in an id")
case("ecosystem-unknown-column", 422, "ecosystems.csv", 1, "colour", ecos("e1,One,SE332,red", header="id,name,region,colour"), "no extra columns")
# several files: the first problem is named, nothing from the valid files is written
case("valid-ecosystem-bad-actor", 422, "actors.csv", 2, "sector", {**ecos("e1,One,SE332"), **actors("x1,X,industry,e1", header=A + ",ecosystems")}, "a valid file is not written when another has a problem")
# not UTF-8: Latin-1 bytes of "Luleå"
cases.append(("actor-latin1", 422, "actors.csv", 2, "", {"actors.csv": b"id,name,sector\nx1,Lule\xe5,business\n"}, "not UTF-8"))

shutil.rmtree(os.path.join(HERE, "cases"), ignore_errors=True)
for name, status, file, line, field, parts, note in cases:
    folder = os.path.join(HERE, "cases", name)
    os.makedirs(folder)
    for part, content in parts.items():
        with open(os.path.join(folder, part), "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    with open(os.path.join(folder, "expect.properties"), "w", encoding="utf-8") as f:
        f.write(f"# {note}\nstatus={status}\nfile={file}\nline={line}\nfield={field}\n")
print(len(cases), "cases")
