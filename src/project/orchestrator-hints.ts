import { isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments, parseDocument } from 'yaml';
import { parseServerCommand, portFrom, shellWords } from './command.js';
import { fact, lineOf, lineOfNode } from './fact.js';
import type { ProjectFiles } from './files.js';
import { addCommand, type Hints } from './hint-list.js';

// What a compose file and Kubernetes manifests say about the service: target, ports, command, probes.

export async function composeHints(files: ProjectFiles, h: Hints): Promise<void> {
  const file = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'].find((f) =>
    files.has(f),
  );
  const text = file ? await files.read(file) : undefined;
  if (!file || text === undefined) return;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const services = doc.get('services', true);
  if (!isMap(services)) return;
  h.targets.push(fact('compose', file, lineOf(text, /^services:/m) ?? 1, 'compose file'));
  // The service built from this directory is the one this contract describes.
  const items = [...services.items].sort(
    (a, b) => Number(isMap(b.value) && b.value.has('build')) - Number(isMap(a.value) && a.value.has('build')),
  );
  const svc = items[0]?.value;
  if (!isMap(svc)) return;
  // The command says where the server listens; the published ports follow it.
  const command = svc.get('command', true);
  if (isScalar(command) || isSeq(command)) {
    const words = isSeq(command)
      ? command.items.map((w) => String(isScalar(w) ? w.value : ''))
      : shellWords(String(command.value));
    addCommand(h, parseServerCommand(words), file, lineOfNode(lc, command as Node), 'compose command');
  }
  const ports = svc.get('ports', true);
  if (isSeq(ports)) {
    for (const p of ports.items) {
      let value: string | undefined;
      if (isScalar(p)) value = String(p.value).replace(/\/\w+$/, '');
      else if (isMap(p)) value = String(p.get('target') ?? '');
      const port = portFrom(value?.split(':').pop());
      if (port) h.ports.push(fact(port, file, lineOfNode(lc, p as Node), `ports: ${value}`));
    }
  }
}

/** Kubernetes manifests: a Deployment means the kubernetes target; probes and containerPort are hints. */
export async function kubernetesHints(files: ProjectFiles, h: Hints): Promise<void> {
  const manifests = files.paths.filter((p) => /^(k8s|kubernetes|deploy|manifests|kube)\/.*\.ya?ml$/.test(p));
  for (const file of manifests) {
    const text = await files.read(file);
    if (text === undefined || !/^kind:\s*(Deployment|StatefulSet)/m.test(text)) continue;
    const lc = new LineCounter();
    for (const doc of parseAllDocuments(text, { lineCounter: lc })) {
      if (!('get' in doc) || !/^(Deployment|StatefulSet)$/.test(String(doc.get('kind')))) continue;
      h.targets.push(
        fact('kubernetes', file, lineOfNode(lc, doc.get('kind', true) as Node), `kind: ${doc.get('kind')}`),
      );
      const containers = doc.getIn(['spec', 'template', 'spec', 'containers'], true);
      const c = isSeq(containers) ? containers.items[0] : undefined;
      if (!isMap(c)) continue;
      const words = ['command', 'args'].flatMap((k) => {
        const list = c.get(k, true);
        return isSeq(list) ? list.items.map((w) => String(isScalar(w) ? w.value : '')) : [];
      });
      const command = c.get('command', true) ?? c.get('args', true);
      if (words.length)
        addCommand(h, parseServerCommand(words), file, lineOfNode(lc, command as Node), 'container command');
      const port = c.getIn(['ports', 0, 'containerPort'], true);
      if (isScalar(port) && Number(port.value) > 0)
        h.ports.push(fact(Number(port.value), file, lineOfNode(lc, port as Node), 'containerPort'));
      for (const [probe, list] of [
        ['livenessProbe', h.liveness],
        ['readinessProbe', h.readiness],
      ] as const) {
        const p = c.getIn([probe, 'httpGet', 'path'], true);
        if (isScalar(p) && typeof p.value === 'string')
          list.push(fact(p.value, file, lineOfNode(lc, p as Node), probe));
      }
    }
  }
}
