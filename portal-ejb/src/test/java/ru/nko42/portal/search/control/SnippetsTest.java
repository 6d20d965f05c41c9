package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void scoresPassagesAsLuceneDoesToTheBit() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new Snippets.PassageScores();
        String[] words = {"помощ", "пожил", "пенсионер", "старш", "возраст", "уход"};
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2_000);
            int matches = random.nextInt(8);
            passage.setStartOffset(start);
            passage.setEndOffset(start + matches * 50 + random.nextInt(100));
            int at = start;
            for (int m = 0; m < matches; m++) {
                at += random.nextInt(40);
                String word = words[random.nextInt(words.length)];
                passage.addMatch(at, at + word.length(), new BytesRef(word), 1 + random.nextInt(6));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(3_000);

            assertThat(ours.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
