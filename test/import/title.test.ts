import { describe, expect, it } from 'vitest';
import { titleService } from '../../src/import/labels.js';

describe('the service a document title names', () => {
  it.each([
    ['Feature 014: Containerised Ledger Backend', 'ledger-backend'],
    ['Runbook: payments-api on Kubernetes', 'payments-api'],
    ['PR #212: Slim the worker-api image', 'worker-api'],
    ['Container Requirements — Recommendation Service', 'recommendation-service'],
    ['ADR-007: Container image for the inference API', 'inference-api'],
    ['Task CARD-331: Dockerize the search API', 'search-api'],
    ['Deployment contract: bookings (Django)', 'bookings'],
    ['Running the notes service in Docker', 'notes-service'],
    ['Deployment Guide: Inventory API', 'inventory-api'],
    ['Tasks Backend', 'tasks-backend'],
  ])('%s → %s', (title, service) => {
    expect(titleService(title)).toBe(service);
  });

  it('names nothing when the title is a sentence', () => {
    expect(
      titleService('How we decided to move every service of the platform to one base image'),
    ).toBeUndefined();
  });
});
