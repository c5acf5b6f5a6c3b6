import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { cudaBaseFor, renderGpuDockerfile } from '../../src/generate/index.js';
import { resolvedContract } from './factory.js';

const gpu = (base: string, python = '3.12') =>
  resolvedContract({
    image: { python, base: `python:${python}-slim`, gpu: { base, dockerfile: 'Dockerfile.gpu' } },
  });

describe('Dockerfile.gpu', () => {
  it('refuses seed 002’s plan: Python 3.12 on an Ubuntu 22.04 CUDA image', () => {
    const render = () => renderGpuDockerfile(gpu('nvidia/cuda:12.1.0-runtime-ubuntu22.04'));
    expect(render).toThrow(InputError);
    expect(render).toThrow(
      /Ubuntu 22\.04, which carries Python 3\.10, but the contract asks for Python 3\.12/,
    );
  });

  it('builds on a base whose Ubuntu carries the Python, with NVIDIA variables and the same user and CMD', () => {
    const text = renderGpuDockerfile(gpu('nvidia/cuda:12.6.3-runtime-ubuntu24.04'));
    expect(text).toContain('FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04 AS builder');
    expect(text).toContain('python3 -m venv /opt/venv');
    expect(text).toContain('NVIDIA_VISIBLE_DEVICES=all');
    expect(text).toContain('NVIDIA_DRIVER_CAPABILITIES=compute,utility');
    expect(text).toContain('userdel -r ubuntu');
    expect(text).toContain('USER 10001:10001');
    expect(text).toMatch(/^HEALTHCHECK /m);
    expect(text).toMatch(/^CMD \["sh", "-c", "exec uvicorn /m);
    expect(renderGpuDockerfile(gpu('nvidia/cuda:12.1.1-runtime-ubuntu22.04', '3.10'))).not.toContain(
      'userdel',
    );
  });

  it('picks a CUDA base for a Python, or says why there is none', () => {
    expect(cudaBaseFor('3.12')).toBe('nvidia/cuda:12.6.3-runtime-ubuntu24.04');
    expect(cudaBaseFor('3.10', '12.1')).toBe('nvidia/cuda:12.1.1-runtime-ubuntu22.04');
    expect(() => cudaBaseFor('3.12', '12.1')).toThrow(
      /CUDA 12\.1 images exist only for Ubuntu releases older than 24\.04/,
    );
    expect(() => cudaBaseFor('3.11')).toThrow(/no CUDA base image carries Python 3\.11/);
  });
});
