from scripts.retrieval import Bm25Index, Passage, compose_answer, split_sections, tokenize


def test_tokenize_drops_stopwords_and_punctuation():
    assert tokenize("What is the Zero-Moment Point?") == ["zero", "moment", "point"]


def test_sections_split_at_headings():
    passages = split_sections("doc.md", "# Title\nintro\n## A\nalpha text\n## B\n\n## C\ngamma")
    assert [(p.section, p.text) for p in passages] == [("Title", "intro"), ("A", "alpha text"), ("C", "gamma")]


def test_bundled_corpus_ranks_the_right_section_first():
    index = Bm25Index.from_directory()
    assert len({p.document for p in index.passages}) == 4
    top = index.search("zero moment point support polygon balance")[0].passage
    assert (top.document, top.section) == ("04-humanoid-control.md", "Balance")
    top = index.search("domain randomization synthetic images")[0].passage
    assert top.section == "Isaac Sim"


def test_rare_terms_outweigh_common_ones():
    index = Bm25Index(
        [
            Passage("a.md", "a", "robot robot robot robot"),
            Passage("b.md", "b", "robot kalman"),
            Passage("c.md", "c", "robot arm"),
        ]
    )
    assert index.search("robot kalman")[0].passage.document == "b.md"
    assert index.search("nothing matches") == []


def test_answer_quotes_matching_sentences_of_the_best_passage():
    index = Bm25Index.from_directory()
    answer = compose_answer("What is a launch file?", index.search("What is a launch file?"))
    assert answer.startswith('From "Launch files" (01-ros2-fundamentals.md):')
    assert "starts several nodes" in answer
