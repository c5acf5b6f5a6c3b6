import type { ResolvedContract } from '../../contract/resolved.js';
import { formatDuration } from '../../contract/units.js';
import { planFor } from '../plan.js';
import { PRE_STOP_S, terminationGraceSeconds } from './k8s/deployment.js';
import { k8sImage, k8sNames } from './k8s/names.js';

/**
 * DEPLOY.md: where each secret goes, how to build, deploy and verify on the contract's target,
 * what the frontend calls and which CORS settings it needs. Written for the person deploying.
 */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function secretHome(c: ResolvedContract): string {
  switch (c.target) {
    case 'huggingface-space':
      return 'Space Settings → Secrets';
    case 'kubernetes':
      return `Kubernetes Secret \`${k8sNames(c).secret}\``;
    default:
      return '`.env` next to compose.yaml (never committed)';
  }
}

function facts(c: ResolvedContract): string[] {
  const plan = planFor(c);
  const health = [`liveness \`GET ${plan.livenessPath}\``];
  if (c.app.health.readiness) health.push(`readiness \`GET ${c.app.health.readiness}\``);
  return [
    '| | |',
    '|---|---|',
    `| Image | \`Dockerfile\`${c.image.gpu ? ` (GPU: \`${c.image.gpu.dockerfile}\`)` : ''}, ${c.image.stages === 'multi' ? 'multi-stage' : 'single stage'} on \`${c.image.base}\` |`,
    `| Server | ${c.app.server} serving \`${c.app.entrypoint}\` on 0.0.0.0:${plan.port}${plan.honourPort ? ' (or `$PORT` when set)' : ''} |`,
    `| User | UID ${plan.uid}, GID ${plan.gid}, home \`${plan.home}\` |`,
    `| Health | ${health.join(', ')} |`,
    `| Writable paths | ${plan.writablePaths.map((p) => `\`${p}\``).join(', ')} |`,
    `| Shutdown | SIGTERM; the server drains for at most ${plan.gracefulSeconds} s of a ${plan.shutdownBudgetSeconds} s budget |`,
  ];
}

function secretsSection(c: ResolvedContract): string[] {
  const out = ['## Secrets', ''];
  if (c.env.secrets.length === 0) {
    out.push('The contract declares no secrets.');
  } else {
    out.push('| Name | Purpose | Required | Where to set it |', '|---|---|---|---|');
    for (const s of c.env.secrets) {
      out.push(
        `| \`${s.name}\` | ${cell(s.description ?? '')} | ${s.required ? 'yes' : 'no'} | ${cell(s.source ?? secretHome(c))} |`,
      );
    }
    out.push(
      '',
      'Secrets are read from the environment at run time. They are never build arguments or `ENV` lines: both stay in the image and its history.',
    );
  }
  if (c.target === 'huggingface-space') {
    out.push(
      '',
      '> **Warning:** Space *Variables* are passed to the build as build arguments and end up in the image history. Never put a secret in a Variable; use *Secrets*.',
    );
  }
  if (c.env.variables.length > 0) {
    out.push('', '### Variables (not secret)', '', '| Name | Default | Purpose |', '|---|---|---|');
    for (const v of c.env.variables)
      out.push(
        `| \`${v.name}\` | ${v.default === undefined ? '' : `\`${cell(v.default)}\``} | ${cell(v.description ?? '')} |`,
      );
  }
  return out;
}

function localSection(c: ResolvedContract): string[] {
  const plan = planFor(c);
  const envFile = c.env.secrets.length > 0 ? ' --env-file .env' : '';
  return [
    '## Build and run locally',
    '',
    '```sh',
    `docker build -t ${c.service} .`,
    `docker run -d --name ${c.service} -p ${plan.port}:${plan.port}${envFile} ${c.service}`,
    `curl -fsS http://127.0.0.1:${plan.port}${plan.livenessPath}`,
    `docker inspect --format '{{.State.Health.Status}}' ${c.service}   # healthy after the start period`,
    `docker stop -t ${plan.shutdownBudgetSeconds} ${c.service}   # exits well inside the budget`,
    '```',
    '',
    'Without internet access, point the build at a local package index; it is read only in the build stage:',
    '',
    '```sh',
    `docker build --network host --build-arg PIP_INDEX_URL=http://127.0.0.1:3141/simple -t ${c.service} .`,
    '```',
    '',
    'Never put credentials in `PIP_INDEX_URL`: build arguments are recorded in the build history.',
    '',
    'Check the running container against the contract with `dockspec verify`.',
  ];
}

function corsLines(c: ResolvedContract, frontendOrigin: string): string[] {
  const cors = c.cors;
  if (!cors)
    return [
      `The contract declares no CORS settings; a browser frontend on another origin (e.g. ${frontendOrigin}) needs them.`,
    ];
  const out = ['The service must answer CORS for the frontend:', ''];
  if (cors.origins.length > 0)
    out.push(`- exact origins (\`allow_origins\`): ${cors.origins.map((o) => `\`${o}\``).join(', ')}`);
  if (cors.originRegex) {
    out.push(
      `- origin pattern (\`allow_origin_regex\`, not \`allow_origins\`, where wildcards never match): \`${cors.originRegex}\``,
    );
  }
  out.push(`- credentials: ${cors.credentials ? 'allowed' : 'not allowed'}`);
  if (cors.methods) out.push(`- methods: ${cors.methods.join(', ')}`);
  if (cors.headers) out.push(`- headers: ${cors.headers.join(', ')}`);
  return out;
}

function hfSection(c: ResolvedContract): string[] {
  const plan = planFor(c);
  const base = 'https://<owner>-<space>.hf.space';
  return [
    '## Deploy to a Hugging Face Space',
    '',
    '1. Create a Space with the **Docker** SDK.',
    '2. Assemble the Space folder (files are copied, never symlinked, and `.dockerignore` is honoured):',
    '',
    '   ```sh',
    '   dockspec package --target hf-space --out space',
    '   git clone https://huggingface.co/spaces/<owner>/<space> space-repo',
    '   cp -R space/. space-repo/ && cd space-repo',
    '   git add -A && git commit -m "Deploy" && git push',
    '   ```',
    '',
    `3. In **Settings → Secrets** add ${c.env.secrets.length > 0 ? c.env.secrets.map((s) => `\`${s.name}\``).join(', ') : 'any secret the app needs'}.`,
    `4. Wait until the Space shows **Running**. The container listens on \`app_port\` ${plan.port} as UID ${plan.uid}.`,
    '5. Verify:',
    '',
    '   ```sh',
    `   curl -fsS ${base}${plan.livenessPath}`,
    '   ```',
    '',
    `The frontend's API base URL is \`${base}\` (lower-case owner and Space name, dashes for other characters).`,
    '',
    ...corsLines(c, 'https://<your-frontend>'),
    '',
    'Spaces allow outbound connections on ports 80, 443 and 8080 only: a database on 5432 or Redis on 6379 must be reachable through one of those.',
    'Free hardware sleeps when idle; the first request after that waits for a cold start.',
  ];
}

function k8sSection(c: ResolvedContract): string[] {
  const n = k8sNames(c);
  const image = k8sImage(c);
  const plan = planFor(c);
  const literals = c.env.secrets.map((s) => `--from-literal=${s.name}=...`).join(' ');
  return [
    '## Deploy to Kubernetes',
    '',
    '```sh',
    ...(c.image.name
      ? [`docker build -t ${c.image.name} . && docker push ${c.image.name}`]
      : [
          `docker build -t <registry>/${c.service}:<tag> . && docker push <registry>/${c.service}:<tag>`,
          `(cd k8s && kustomize edit set image ${image.repository}=<registry>/${c.service}:<tag>)   # or set image.name in dockspec.yaml`,
        ]),
    ...(c.env.secrets.length > 0 ? [`kubectl create secret generic ${n.secret} ${literals}`] : []),
    'kubectl apply -k k8s/',
    `kubectl rollout status deployment/${n.app}`,
    `kubectl port-forward service/${n.app} 8080:80 &`,
    `curl -fsS http://127.0.0.1:8080${plan.livenessPath}`,
    '```',
    '',
    ...(c.env.secrets.length > 0
      ? [
          `\`k8s/secret.template.yaml\` lists the keys of \`${n.secret}\` with empty values; it is not applied by the kustomization. Never commit it filled in.`,
          '',
        ]
      : []),
    `The pod runs as UID ${plan.uid} with a read-only root filesystem; ${plan.scratchMounts.map((p) => `\`${p}\``).join(', ')} are emptyDir volumes. Probes come from the contract (Kubernetes ignores the Dockerfile HEALTHCHECK); a ${PRE_STOP_S} s preStop pause lets the Service stop routing to a stopping pod before SIGTERM, and terminationGracePeriodSeconds is ${terminationGraceSeconds(plan.shutdownBudgetSeconds)} s.`,
    '',
    ...corsLines(c, 'https://app.example.com'),
  ];
}

function composeSection(c: ResolvedContract): string[] {
  const plan = planFor(c);
  const files = c.dependencies
    .filter((d) => d.kind === 'postgres' || d.kind === 'mysql')
    .map((d) => `secrets/${d.name.toLowerCase().replace(/[^a-z0-9_-]/g, '-')}_password.txt`);
  return [
    '## Run with Docker Compose',
    '',
    ...(c.env.secrets.length > 0
      ? ['Put the secrets in `.env` (one `NAME=value` per line; keep it out of git).']
      : []),
    ...files.map(
      (f) => `Write the database password to \`${f}\`, and use it in the connection URL in \`.env\`.`,
    ),
    '',
    '```sh',
    'docker compose up --build --wait',
    `curl -fsS http://127.0.0.1:${plan.port}${plan.livenessPath}`,
    'docker compose down',
    '```',
  ];
}

function gpuSection(c: ResolvedContract): string[] {
  if (!c.image.gpu) return [];
  const file = c.image.gpu.dockerfile;
  return [
    '## GPU image',
    '',
    `\`${file}\` builds on \`${c.image.gpu.base}\`. The host needs the NVIDIA driver and the **NVIDIA Container Toolkit**; on Kubernetes, the NVIDIA device plugin and a \`nvidia.com/gpu\` resource limit.`,
    '',
    '```sh',
    `docker build -f ${file} -t ${c.service}-gpu .`,
    `docker run --gpus all -p ${planFor(c).port}:${planFor(c).port} ${c.service}-gpu`,
    '```',
  ];
}

export function renderDeployGuide(c: ResolvedContract): string {
  const sections: string[][] = [
    [`# Deploying ${c.service}`, '', ...(c.description ? [c.description, ''] : []), ...facts(c)],
    secretsSection(c),
    localSection(c),
  ];
  if (c.target === 'huggingface-space') sections.push(hfSection(c));
  if (c.target === 'kubernetes') sections.push(k8sSection(c));
  if (c.target === 'compose' || c.target === 'generic') sections.push(composeSection(c));
  sections.push(gpuSection(c));
  if (c.budgets.startupMs !== undefined)
    sections.push([
      `Startup budget: the first healthy response within ${formatDuration(c.budgets.startupMs)} of \`docker run\`.`,
    ]);
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}
