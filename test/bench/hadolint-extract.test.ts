import { describe, expect, it } from 'vitest';
import { extractCases, tokenize } from '../../bench/hadolint-suite/extract.js';

// A spec file in the shape of hadolint's rule specs, written here: the forms the extractor must read.
const spec = String.raw`module Example (spec) where

spec :: SpecWith ()
spec = do
  let ?config = def
  describe "XX0001 - example rule" $ do
    it "fires on one line" $ do
      ruleCatches "XX0001" "RUN foo \"bar\""
      onBuildRuleCatches "XX0001" "RUN foo"
    -- a comment with "quotes" is not a case
    it "stays silent" $ do
      ruleCatchesNot "XX0001" "FROM a\nRUN b"
      onBuildRuleCatchesNot "XX0001" "RUN b"
    it "reads let bindings and Text.unlines" $
      let dockerFile =
            [ "FROM a",
              "RUN c"
            ]
       in assertChecks
            (Text.unlines dockerFile)
            (failsWith 2 "XX0001")
    it "reads a let block with a rule name" $ do
      let
        rule = "XX0001"
        snippet =
          Text.unlines
            [ "ARG v=1",
              "RUN d-$v"
            ]
       in do
        ruleCatchesNot rule snippet
  let ?config =
        def
          { labelSchema = Map.fromList [("required", Rule.RawText)],
            strictLabels = True,
            allowedRegistries = ["x.com", "*.y.com"]
          }
  it "carries the configuration" $ do
    ruleCatches "XX0001" "LABEL a=\"b\""
`;

describe('hadolint spec extraction', () => {
  const { cases, skipped } = extractCases(spec);

  it('reads every assertion with its expectation and wrapping', () => {
    expect(skipped).toEqual([]);
    expect(cases.map((c) => [c.name, c.expect, c.onBuild])).toEqual([
      ['fires on one line', 'some', false],
      ['fires on one line', 1, true],
      ['stays silent', 0, false],
      ['stays silent', 0, true],
      ['reads let bindings and Text.unlines', 2, false],
      ['reads a let block with a rule name', 0, false],
      ['carries the configuration', 'some', false],
    ]);
  });

  it('decodes string escapes and joins Text.unlines with newlines', () => {
    expect(cases[0].dockerfile).toBe('RUN foo "bar"');
    expect(cases[2].dockerfile).toBe('FROM a\nRUN b');
    expect(cases[4].dockerfile).toBe('FROM a\nRUN c\n');
    expect(cases[5]).toMatchObject({ rule: 'XX0001', dockerfile: 'ARG v=1\nRUN d-$v\n' });
  });

  it('maps the configuration to dockspec settings', () => {
    expect(cases[0].config).toEqual({});
    expect(cases[6].config).toEqual({
      labelSchema: { required: 'text' },
      strictLabels: true,
      trustedRegistries: ['x.com', '*.y.com'],
    });
  });

  it('reads string gaps and numeric escapes', () => {
    const [t] = tokenize('"a\\\n   \\b\\65\\&1"');
    expect(t).toMatchObject({ kind: 'string', value: 'abA1' });
  });

  it('names the assertions it cannot read', () => {
    expect(extractCases('  it "x" $ do\n    ruleCatches someFunction 3\n').skipped).toEqual([
      'line 2: ruleCatches with arguments not read',
    ]);
  });
});
