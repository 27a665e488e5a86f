import json, re, sys
ARTS = []

def loc(t, spec):
    if isinstance(spec, tuple):
        sub, anchor = spec
        assert t.count(anchor) == 1, ("anchor count", anchor, t.count(anchor))
        assert sub in anchor, ("sub not in anchor", sub, anchor)
        i = t.index(anchor) + anchor.index(sub)
    else:
        sub = spec
        assert t.count(sub) == 1, ("count", sub, t.count(sub))
        i = t.index(sub)
    assert t[i:i+len(sub)] == sub
    return [i, i + len(sub)], sub

def Q(speaker, cue, content, name, role, kind, rb=None):
    return dict(speaker=speaker, cue=cue, content=content, name=name, role=role, kind=kind, rb=rb)

def art(id_, published, text, quotes):
    ARTS.append((id_, published, text, quotes))

def build():
    out = []
    for id_, pub, text, qs in ARTS:
        text = text.strip(); sys.stderr.write("building " + id_ + "\n")
        recs = []
        for q in qs:
            if q['speaker'] is None:
                sp, spans = None, []
            else:
                s, sub = loc(text, q['speaker']); sp, spans = sub, [s]
            cs, csub = loc(text, q['cue'])
            contents = q['content'] if isinstance(q['content'], list) else [q['content']]
            cspans, csubs = [], []
            for c in contents:
                s, sub = loc(text, c); cspans.append(s); csubs.append(sub)
            assert q['kind'] in ('speech', 'attribution', 'denial', 'no_comment')
            recs.append({"speaker": sp, "speaker_spans": spans, "cue": csub, "cue_spans": [cs],
                         "content": " ".join(csubs), "content_spans": cspans,
                         "speaker_name": q['name'], "role": q['role'], "kind": q['kind'],
                         "reported_by": q['rb']})
        for r in recs:
            for key in ('speaker', 'cue'):
                for a, b in r[key + '_spans']:
                    assert text[a:b] == r[key]
            assert " ".join(text[a:b] for a, b in r['content_spans']) == r['content']
        n = len(text.split())
        assert 250 <= n <= 400, (id_, n)
        assert len(recs) >= 5, id_
        slug = id_.split('-', 2)[2]
        out.append({"id": id_, "url": "https://invented.example/claimledger/" + id_, "published": pub,
                    "text": text, "quotes": recs})
        print(id_, n, "words", len(recs), "claims")
    assert len(out) == int(os.environ.get("NART", 20)), len(out)
    assert len({o["id"] for o in out}) == len(out)
    with open('/work/main/bench/invented2/articles.jsonl', 'w') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for line in open('/work/main/bench/invented2/articles.jsonl'):
        o = json.loads(line)
        for q in o['quotes']:
            for k in ('speaker', 'cue'):
                for a, b in q[k + '_spans']:
                    assert o['text'][a:b] == q[k]
    qs = [q for line in open('/work/main/bench/invented2/articles.jsonl') for q in json.loads(line)['quotes']]
    from collections import Counter
    print("articles", len(out), "claims", len(qs), Counter(q['kind'] for q in qs),
          "reported_by", sum(1 for q in qs if q['reported_by']))

import os
for fn in ("arts1.py", "arts2.py", "arts3.py", "arts4.py"):
    exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), fn)).read())
build()
