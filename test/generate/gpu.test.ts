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
      /Ubuntu 22\.04, whose archive installs Python 3\.10 and 3\.11, but the contract asks for Python 3\.12/,
    );
    // The hint lists what works with the base's CUDA: 12.1 exists only up to Ubuntu 22.04.
    try {
      render();
    } catch (error) {
      expect((error as InputError).hint).toBe(
        'These work with CUDA 12.1: Ubuntu 22.04 (Python 3.10 or 3.11; CUDA 11.7 or later), Ubuntu 20.04 (Python 3.8; CUDA 11.0 or later). Change image.python or image.gpu.base.',
      );
    }
  });

  it('installs Python 3.11 on Ubuntu 22.04 from its python3.11 package, and says so and what it costs', () => {
    const text = renderGpuDockerfile(gpu('nvidia/cuda:12.1.0-runtime-ubuntu22.04', '3.11'));
    expect(text).toMatch(
      /^# Python 3\.11 from Ubuntu 22\.04's python3\.11 package \(universe\): about 21 MB/,
    );
    expect(text).toContain('3.11.0rc1');
    expect(text).toContain('apt-get install -y --no-install-recommends python3.11 python3.11-venv');
    expect(text).toContain('RUN python3.11 -m venv /opt/venv');
    const runtime = text.slice(text.indexOf('\nFROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\n'));
    expect(runtime).toContain('apt-get install -y --no-install-recommends python3.11 \\');
    expect(runtime).not.toContain('python3.11-venv');
  });

  it('builds on a base whose Ubuntu carries the Python, with NVIDIA variables and the same user and CMD', () => {
    const text = renderGpuDockerfile(gpu('nvidia/cuda:12.6.3-runtime-ubuntu24.04'));
    expect(text).toContain('FROM nvidia/cuda:12.6.3-runtime-ubuntu24.04 AS builder');
    expect(text).toContain('python3 -m venv /opt/venv');
    expect(text).toMatch(/^# Python 3\.12 from Ubuntu 24\.04's own python3 \(main, with security updates\)/);
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
      /CUDA 12\.1 images exist only for Ubuntu releases that do not install Python 3\.12/,
    );
    // The release's own python3 first: 3.10 is Ubuntu 22.04's; 3.11 comes from universe there.
    expect(cudaBaseFor('3.11')).toBe('nvidia/cuda:12.6.3-runtime-ubuntu22.04');
    expect(cudaBaseFor('3.11', '12.8')).toBe('nvidia/cuda:12.8.1-runtime-ubuntu22.04');
    expect(() => cudaBaseFor('3.13')).toThrow(
      /no Ubuntu release with CUDA images installs Python 3\.13 from its own archive/,
    );
    try {
      cudaBaseFor('3.13');
    } catch (error) {
      expect((error as InputError).hint).toMatch(
        /^These work: Ubuntu 24\.04 \(Python 3\.12; CUDA 12\.5 or later\), Ubuntu 22\.04/,
      );
    }
  });
});
