#!/usr/bin/env python3
"""Quick consistency check for the curated knowledge-base sources in Data/kb.

This is a curator's lint, not the project's validator (that lives in the Swift
builder). It checks column counts, required fields, id syntax and uniqueness,
cross-references (roles -> people, roles.of -> ISO alpha-3 or organisation id),
code syntax, dates (well formed, start <= end), coordinates, and reports
possible problems (overlapping terms, aliases shared by several entries).

Usage: python3 Data/kb/check.py [--iso PATH_TO_iso3166-1.json] [--verbose]
Exit status 1 if any ERROR was found; WARN lines do not fail the check.
"""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ISO = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'kb', 'iso-codes', 'iso3166-1.json')

ROLES = {
    'head_of_state', 'head_of_government', 'vice_president', 'deputy_head_of_government', 'crown_prince', 'deputy_crown_prince',
    'foreign_minister', 'defence_minister', 'interior_minister', 'finance_minister', 'minister',
    'intelligence_chief', 'military_chief', 'military_commander', 'national_security_adviser',
    'presidential_aide', 'spokesperson', 'ambassador', 'special_envoy', 'secretary_general',
    'high_representative', 'commission_president', 'council_president', 'igo_head', 'igo_official',
    'speaker', 'legislator', 'party_leader', 'opposition_leader', 'group_leader', 'regional_leader',
    'religious_leader',
}
ORG_KINDS = {'igo', 'igo_body', 'institution', 'party', 'armed_group', 'state_media', 'media', 'ngo', 'company'}
PLACE_TYPES = {'FAC', 'LOC', 'GPE'}
EXTRA_STATES = {'XKX'}          # Kosovo: user-assigned code used by CAMEO/EU practice
REGION_CODES = {'EUR', 'AFR', 'ASA', 'MEA', 'ARB', 'KUR'}  # allowed in demonyms.country only

ID_RE = re.compile(r'^[a-z0-9]+(?:-[a-z0-9]+)*$')
QID_RE = re.compile(r'^Q[1-9][0-9]*$')
CAMEO_RE = re.compile(r'^(?:[A-Z]{3})+$')
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
ADMIN_RE = re.compile(r'^[A-Z]{2}-[A-Z0-9]{1,3}$')
# Arabic letters, Arabic-Indic digits, ASCII digits, space, hyphen, en dash, ZWNJ,
# shadda/damma (kept for a few spellings), plus '+' for OPEC+.
AR_RE = re.compile(r'^[\u0621-\u064A\u0651\u064F\u0660-\u0669\u0671-\u06D3\u06CC\u067E\u0686\u06AF\u06A9 0-9\-\u2013\u200C+]+$')

errors = 0
warnings = 0
verbose = '--verbose' in sys.argv


def err(msg):
    global errors
    errors += 1
    print('ERROR', msg)


def warn(msg):
    global warnings
    warnings += 1
    print('WARN ', msg)


def load_iso(path):
    try:
        with open(path, encoding='utf-8') as f:
            return {c['alpha_3'] for c in json.load(f)['3166-1']}
    except OSError:
        print('note: ISO list not found at %s; alpha-3 codes checked for syntax only' % path)
        return None


def read(name, ncols, optional):
    """Yield (lineno, fields) for data rows; check header, column count, blanks, spacing."""
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or not lines[0].startswith('#'):
        err('%s: first line must be a # header' % name)
        return rows
    header = lines[0][1:].split('\t')
    if len(header) != ncols:
        err('%s: header has %d columns, expected %d' % (name, len(header), ncols))
    for i, line in enumerate(lines[1:], start=2):
        if line.strip() == '':
            err('%s:%d: blank line' % (name, i))
            continue
        if line.startswith('#'):
            continue
        if '\r' in line:
            err('%s:%d: carriage return' % (name, i))
        x = line.split('\t')
        if len(x) != ncols:
            err('%s:%d: %d columns, expected %d' % (name, i, len(x), ncols))
            continue
        for j, v in enumerate(x):
            if v != v.strip():
                err('%s:%d: column %s has surrounding spaces' % (name, i, header[j]))
            if v == '' and j not in optional:
                err('%s:%d: required column %s is empty' % (name, i, header[j]))
            if '|' in v:
                items = v.split('|')
                if any(it.strip() == '' for it in items):
                    err('%s:%d: empty item in list column %s' % (name, i, header[j]))
                if len(set(items)) != len(items):
                    warn('%s:%d: duplicate item in list column %s' % (name, i, header[j]))
        rows.append((i, x))
    return rows


def date_key(d, end=False):
    m = DATE_RE.match(d)
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if end:
        return (int(y), int(mo or 12), int(da or 31))
    return (int(y), int(mo or 1), int(da or 1))


def check_date(name, i, d):
    m = DATE_RE.match(d)
    if not m:
        err('%s:%d: bad date %r' % (name, i, d))
        return False
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        err('%s:%d: bad month in %r' % (name, i, d))
        return False
    if da and not 1 <= int(da) <= 31:
        err('%s:%d: bad day in %r' % (name, i, d))
        return False
    return True


def check_arabic(name, i, field):
    for k, a in enumerate(field.split('|')):
        # A name after the first may be marked '?' as an everyday word too (README).
        if k > 0 and a.startswith('?'):
            a = a[1:]
        if not AR_RE.match(a):
            err('%s:%d: non-Arabic characters in Arabic name %r' % (name, i, a))


def main():
    args = sys.argv[1:]
    iso_path = DEFAULT_ISO
    if '--iso' in args:
        iso_path = args[args.index('--iso') + 1]
    iso = load_iso(iso_path)

    def is_state(c):
        if c in EXTRA_STATES:
            return True
        if iso is None:
            return bool(re.match(r'^[A-Z]{3}$', c))
        return c in iso

    # people
    people = {}
    alias_people = defaultdict(set)
    qids = defaultdict(list)
    for i, x in read('people.tsv', 7, optional={3, 4, 6}):
        pid, name_en, ar, en_alt, country, gender, qid = x
        if not ID_RE.match(pid):
            err('people.tsv:%d: bad id %r' % (i, pid))
        if pid in people:
            err('people.tsv:%d: duplicate id %r' % (i, pid))
        people[pid] = x
        check_arabic('people.tsv', i, ar)
        for a in ar.split('|'):
            alias_people[a].add(pid)
        if country and country != 'IGO' and not is_state(country):
            err('people.tsv:%d: unknown country %r' % (i, country))
        if gender not in ('m', 'f'):
            err('people.tsv:%d: gender must be m or f' % i)
        if qid:
            if not QID_RE.match(qid):
                err('people.tsv:%d: bad wikidata id %r' % (i, qid))
            qids[qid].append(pid)

    # organisations
    orgs = {}
    alias_orgs = defaultdict(set)
    for i, x in read('organisations.tsv', 9, optional={3, 6, 7, 8}):
        oid, name_en, ar, en_alt, kind, cameo, country, meto, qid = x
        if not ID_RE.match(oid):
            err('organisations.tsv:%d: bad id %r' % (i, oid))
        if oid in orgs:
            err('organisations.tsv:%d: duplicate id %r' % (i, oid))
        orgs[oid] = x
        check_arabic('organisations.tsv', i, ar)
        for a in ar.split('|'):
            alias_orgs[a].add(oid)
        for k in kind.split('|'):
            if k not in ORG_KINDS:
                err('organisations.tsv:%d: unknown kind %r' % (i, k))
        if not CAMEO_RE.match(cameo):
            err('organisations.tsv:%d: bad CAMEO code %r' % (i, cameo))
        if country and not is_state(country):
            err('organisations.tsv:%d: unknown country %r' % (i, country))
        if meto:
            if not is_state(meto):
                err('organisations.tsv:%d: metonym_of must be an alpha-3 code, got %r' % (i, meto))
            elif not cameo.startswith(meto):
                warn('organisations.tsv:%d: metonym_of %s but CAMEO %s' % (i, meto, cameo))
        if qid:
            if not QID_RE.match(qid):
                err('organisations.tsv:%d: bad wikidata id %r' % (i, qid))
            qids[qid].append(oid)

    # roles
    terms = defaultdict(list)
    for i, x in read('roles.tsv', 7, optional={5, 6}):
        pid, role, of, cameo, start, end, note = x
        if pid not in people:
            err('roles.tsv:%d: unknown person %r' % (i, pid))
        if role not in ROLES:
            err('roles.tsv:%d: role %r not in the vocabulary' % (i, role))
        if not (is_state(of) or of in orgs):
            err('roles.tsv:%d: of=%r is neither an alpha-3 code nor an organisation id' % (i, of))
        if not CAMEO_RE.match(cameo):
            err('roles.tsv:%d: bad CAMEO code %r' % (i, cameo))
        ok = check_date('roles.tsv', i, start)
        if end:
            ok = check_date('roles.tsv', i, end) and ok
            if ok and date_key(start) > date_key(end, end=True):
                err('roles.tsv:%d: start %s after end %s' % (i, start, end))
        if ok:
            terms[(pid, role, of)].append((i, start, end))
            if pid in people and people[pid][4] and of != people[pid][4] and is_state(of) \
                    and role in ('head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister'):
                warn('roles.tsv:%d: %s holds %s of %s but people.country is %s'
                     % (i, pid, role, of, people[pid][4]))
    for (pid, role, of), lst in terms.items():
        lst.sort(key=lambda t: date_key(t[1]))
        for (i1, s1, e1), (i2, s2, e2) in zip(lst, lst[1:]):
            if not e1 or date_key(e1) > date_key(s2):
                warn('roles.tsv:%d/%d: overlapping %s terms for %s (%s)' % (i1, i2, role, pid, of))

    # places
    places = {}
    alias_places = defaultdict(set)
    for i, x in read('places.tsv', 9, optional={4, 5, 6, 7, 8}):
        plid, name_en, ar, typ, country, admin, lat, lon, qid = x
        if not ID_RE.match(plid):
            err('places.tsv:%d: bad id %r' % (i, plid))
        if plid in places:
            err('places.tsv:%d: duplicate id %r' % (i, plid))
        places[plid] = x
        check_arabic('places.tsv', i, ar)
        for a in ar.split('|'):
            alias_places[a].add(plid)
        if typ not in PLACE_TYPES:
            err('places.tsv:%d: bad type %r' % (i, typ))
        if country and not is_state(country):
            err('places.tsv:%d: unknown country %r' % (i, country))
        if admin and not ADMIN_RE.match(admin):
            err('places.tsv:%d: admin %r is not an ISO 3166-2 code' % (i, admin))
        if bool(lat) != bool(lon):
            err('places.tsv:%d: give both lat and lon or neither' % i)
        if lat and lon:
            try:
                la, lo = float(lat), float(lon)
                if not (-90 <= la <= 90 and -180 <= lo <= 180):
                    err('places.tsv:%d: coordinates out of range' % i)
            except ValueError:
                err('places.tsv:%d: coordinates not numeric' % i)
        if qid:
            if not QID_RE.match(qid):
                err('places.tsv:%d: bad wikidata id %r' % (i, qid))
            qids[qid].append(plid)

    # demonyms
    seen = set()
    for i, x in read('demonyms.tsv', 5, optional={4}):
        c = x[0]
        if not (is_state(c) or c in REGION_CODES):
            err('demonyms.tsv:%d: unknown code %r' % (i, c))
        if c in seen:
            err('demonyms.tsv:%d: duplicate row for %s' % (i, c))
        seen.add(c)
        for f in x[1:4]:
            check_arabic('demonyms.tsv', i, f)

    # sectors
    sector_alias = defaultdict(set)
    for i, x in read('sectors_ar.tsv', 3, optional={2}):
        code, ar, note = x
        if not re.match(r'^(?:[A-Z]{3})+$', code):
            err('sectors_ar.tsv:%d: bad sector code %r' % (i, code))
        check_arabic('sectors_ar.tsv', i, ar)
        for a in ar.split('|'):
            sector_alias[a].add(code)

    for q, ids in qids.items():
        if len(ids) > 1:
            err('wikidata %s used by several entries: %s' % (q, ', '.join(ids)))
    for a, codes in sector_alias.items():
        if len(codes) > 1:
            warn('sectors_ar.tsv: %r listed under several sectors: %s' % (a, ', '.join(sorted(codes))))

    # Aliases shared by several entries are legitimate (surnames, Georgia) but worth knowing.
    for label, table in (('people', alias_people), ('organisations', alias_orgs), ('places', alias_places)):
        for a, s in sorted(table.items()):
            if len(s) > 1:
                print('info: %s alias %s shared by %s' % (label, a, ', '.join(sorted(s))))
    cross = defaultdict(set)
    for table, tag in ((alias_people, 'person'), (alias_orgs, 'org'), (alias_places, 'place')):
        for a, s in table.items():
            for v in s:
                cross[a].add('%s:%s' % (tag, v))
    for a, s in sorted(cross.items()):
        kinds = {v.split(':')[0] for v in s}
        if len(kinds) > 1:
            print('info: alias %s used across files: %s' % (a, ', '.join(sorted(s))))

    print('people %d, roles %d, organisations %d, places %d, demonyms %d, sectors %d'
          % (len(people), sum(len(v) for v in terms.values()), len(orgs), len(places), len(seen),
             sum(1 for _ in open(os.path.join(HERE, 'sectors_ar.tsv'), encoding='utf-8')) - 1))
    print('%d error(s), %d warning(s)' % (errors, warnings))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
