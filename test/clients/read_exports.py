"""Reads Newsgraph's GraphML and GEXF exports with the clients analysts use (networkx, python-igraph) and
checks them against the JSON export of the same graph: the same nodes, the same edges in their stored
direction, and every attribute with its value. Prints a JSON summary; exits 1 with the differences."""

import json
import math
import re
import sys

import igraph
import networkx as nx

NOT_XML = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]")
PREFIX = "property_"
NODE_FIXED = ["label", "type", "labels", "degree", "documents"]
EDGE_FIXED = ["label", "relation", "symmetric"]


def js_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, list):
        return " | ".join(js_str(x) for x in v)
    return str(v)


def column_types(items, skip):
    values = {}
    for item in items:
        for k, v in item["properties"].items():
            if k not in skip and v is not None:
                values.setdefault(k, []).append(v)
    types = {}
    for k, vs in values.items():
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vs):
            types[k] = "double"
        elif all(isinstance(v, bool) for v in vs):
            types[k] = "boolean"
        else:
            types[k] = "string"
    return types


def column_name(key, fixed):
    name = key
    while name in fixed:
        name = PREFIX + name
    return name


def clean(v):
    return NOT_XML.sub("", v) if isinstance(v, str) else v


def expected_attrs(item, fixed_values, types, fixed_names, skip):
    out = dict(fixed_values)
    for k, v in item["properties"].items():
        if k in skip or v is None:
            continue
        t = types[k]
        out[column_name(k, fixed_names)] = float(v) if t == "double" else v if t == "boolean" else js_str(v)
    # An empty text (an empty list) has no cell.
    return {k: clean(v) for k, v in out.items() if v != ""}


def same(a, b):
    if isinstance(a, (int, float)) and not isinstance(a, bool) and isinstance(b, (int, float)) and not isinstance(b, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-12)
    return a == b


problems = []


def compare(where, got, want, ignore=()):
    got = {k: v for k, v in got.items() if k not in ignore}
    for k in sorted(set(got) | set(want)):
        if k not in want:
            problems.append(f"{where}: unexpected attribute {k}={got[k]!r}")
        elif k not in got:
            problems.append(f"{where}: missing attribute {k} (want {want[k]!r})")
        elif not same(got[k], want[k]):
            problems.append(f"{where}: {k} is {got[k]!r}, want {want[k]!r}")


def main():
    json_path, graphml_path, gexf_path = sys.argv[1:4]
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    nodes, edges = data["nodes"], data["edges"]
    node_types = column_types(nodes, {"name", "text"})
    edge_types = column_types(edges, set())
    want_nodes = {
        n["id"]: expected_attrs(
            n,
            {
                "label": n["name"],
                "type": n["type"],
                "labels": js_str(n["labels"]),
                "degree": n["degree"],
                "documents": js_str(n["documents"]),
            },
            node_types,
            NODE_FIXED,
            {"name", "text"},
        )
        for n in nodes
    }
    want_edges = {
        e["id"]: (
            e["source"],
            e["target"],
            expected_attrs(
                e, {"label": e["type"], "relation": e["type"], "symmetric": not e["directed"]}, edge_types, EDGE_FIXED, set()
            ),
        )
        for e in edges
    }

    # networkx, GraphML
    g = nx.read_graphml(graphml_path, force_multigraph=True)
    if not g.is_directed():
        problems.append("graphml/networkx: graph is not directed")
    if g.number_of_nodes() != len(nodes) or g.number_of_edges() != len(edges):
        problems.append(f"graphml/networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; json has {len(nodes)}, {len(edges)}")
    for nid, attrs in g.nodes(data=True):
        compare(f"graphml/networkx node {nid}", attrs, want_nodes.get(nid, {}))
    for s, t, key, attrs in g.edges(keys=True, data=True):
        ws, wt, wa = want_edges.get(key, (None, None, {}))
        if (s, t) != (ws, wt):
            problems.append(f"graphml/networkx edge {key}: {s} -> {t}, want {ws} -> {wt}")
        compare(f"graphml/networkx edge {key}", attrs, wa, ignore=("id",))

    # networkx, GEXF
    g = nx.read_gexf(gexf_path)
    if not g.is_directed():
        problems.append("gexf/networkx: graph is not directed")
    if g.number_of_nodes() != len(nodes) or g.number_of_edges() != len(edges):
        problems.append(f"gexf/networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; json has {len(nodes)}, {len(edges)}")
    for nid, attrs in g.nodes(data=True):
        compare(f"gexf/networkx node {nid}", attrs, want_nodes.get(nid, {}))
    for s, t, attrs in g.edges(data=True):
        eid = attrs.get("id")
        ws, wt, wa = want_edges.get(eid, (None, None, {}))
        if (s, t) != (ws, wt):
            problems.append(f"gexf/networkx edge {eid}: {s} -> {t}, want {ws} -> {wt}")
        compare(f"gexf/networkx edge {eid}", attrs, wa, ignore=("id",))

    # python-igraph, GraphML: every vertex and edge carries every declared attribute (None or NaN when unset).
    ig = igraph.Graph.Read_GraphML(graphml_path)
    if not ig.is_directed():
        problems.append("graphml/igraph: graph is not directed")
    if ig.vcount() != len(nodes) or ig.ecount() != len(edges):
        problems.append(f"graphml/igraph: {ig.vcount()} vertices, {ig.ecount()} edges; json has {len(nodes)}, {len(edges)}")
    names = set(ig.vs.attributes())
    want_names = set(NODE_FIXED) | {column_name(k, NODE_FIXED) for k in node_types} | {"id"}
    if names != want_names:
        problems.append(f"graphml/igraph: vertex attributes {sorted(names)}, want {sorted(want_names)}")
    for v in ig.vs:
        want = want_nodes.get(v["id"], {})
        for k, w in want.items():
            if not same(v[k], w):
                problems.append(f"graphml/igraph vertex {v['id']}: {k} is {v[k]!r}, want {w!r}")
    ids = ig.vs["id"]
    for e in ig.es:
        ws, wt, wa = want_edges.get(e["id"], (None, None, {}))
        if (ids[e.source], ids[e.target]) != (ws, wt):
            problems.append(f"graphml/igraph edge {e['id']}: {ids[e.source]} -> {ids[e.target]}, want {ws} -> {wt}")
        for k, w in wa.items():
            if not same(e[k], w):
                problems.append(f"graphml/igraph edge {e['id']}: {k} is {e[k]!r}, want {w!r}")

    print(
        json.dumps(
            {
                "nodes": len(nodes),
                "edges": len(edges),
                "symmetricEdges": sum(1 for e in edges if not e["directed"]),
                "networkx": nx.__version__,
                "igraph": igraph.__version__,
                "problems": problems[:50],
            }
        )
    )
    sys.exit(1 if problems else 0)


main()
