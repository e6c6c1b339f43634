from pipeline import analyze as A
from pipeline.cli import build_analyzer
from pipeline.records import Article


def _stance_inputs(monkeypatch, analyzer, text: str) -> list[tuple[str, str]]:
    """The (target, second segment) pairs `analyze` hands the model for stance."""
    seen = []
    real = A.predict

    def spy(model, tokenizer, texts, pairs=None, **kw):
        seen.extend(zip(texts, pairs or [None] * len(texts)))
        return real(model, tokenizer, texts, pairs, **kw)

    monkeypatch.setattr(A, "predict", spy)
    analyzer.analyze([Article("a", text)])
    return [(t, p) for t, p in seen if t == "Lukashenko"]  # stance pairs (a sentence's first segment is the sentence)


TEXT = "Lukashenko made an even bigger mistake.\nHe gambled.\n"


def test_stance_reads_the_sentence_before_when_the_model_was_trained_so(monkeypatch, params, tiny_model):
    analyzer = build_analyzer(tiny_model, params, ["Lukashenko"])
    analyzer.config = dict(analyzer.config, stance_context=True)
    assert _stance_inputs(monkeypatch, analyzer, TEXT) == [
        ("Lukashenko", "Lukashenko made an even bigger mistake."),
        ("Lukashenko", "He gambled. [SEP] Lukashenko made an even bigger mistake.")]


def test_stance_reads_the_sentence_alone_for_a_model_trained_without_context(monkeypatch, params, tiny_model):
    analyzer = build_analyzer(tiny_model, params, ["Lukashenko"])
    analyzer.config = dict(analyzer.config, stance_context=False)
    assert [p for _, p in _stance_inputs(monkeypatch, analyzer, TEXT)] == ["Lukashenko made an even bigger mistake.", "He gambled."]
