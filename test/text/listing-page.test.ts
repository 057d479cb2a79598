import { describe, expect, it } from 'vitest';
import { isListingPage } from '../../src/text/listing-page.js';

describe('isListingPage', () => {
  it('knows tag, category, search, archive and paginated pages', () => {
    for (const url of ['https://example.org/tag/astana', 'https://example.org/category/syria/', 'https://example.org/search?q=astana', 'https://example.org/news/archive', 'https://example.org/news/page/3', 'https://example.org/?paged=2', 'https://example.org/list?start=20']) {
      expect(isListingPage(url), url).toBe(true);
    }
  });

  it('leaves articles alone, even where the host, a word of the slug or the fragment looks like one', () => {
    for (const url of ['https://tag.example.org/news/123', 'https://example.org/search-for-peace-in-syria', 'https://example.org/news/2019/12/10/astana#tag/syria', 'https://example.org', 'https://example.org/archives/10059']) {
      expect(isListingPage(url), url).toBe(false);
    }
  });
});
