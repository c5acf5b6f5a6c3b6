import rule from '../../../src/lint/rules/gem-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM ruby:3.3\nRUN gem install nokogiri:1.16.7 -- --use-system-libraries --with-xml2-config=/usr/bin/xml2-config',
    'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22',
    'FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.22',
    'FROM ruby:3.3-slim\nRUN bundle install && gem install ./vendor/my-1.0.gem',
    'FROM ruby:3.3-slim\nRUN gem update --system',
  ],
  invalid: [
    {
      code: 'FROM ruby:3.3-slim\nRUN gem install bundler',
      errors: [{ messageId: 'unpinned', line: 2, column: 17, endColumn: 24 }],
    },
    {
      code: 'FROM ruby:3.3-slim\nRUN gem install --no-document -i /gems rails:7.2.1 puma',
      errors: [{ messageId: 'unpinned', line: 2, column: 52 }],
    },
    {
      code: 'FROM ruby:3.3-slim\nRUN gem update && \\\n    gem install nokogiri pg',
      errors: [
        { messageId: 'unpinned', line: 3, column: 17 },
        { messageId: 'unpinned', line: 3, column: 26 },
      ],
    },
  ],
});
