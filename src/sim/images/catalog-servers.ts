// Server images: nginx, httpd, redis, mysql, postgres, fluentd. ENTRYPOINT, CMD, STOPSIGNAL and
// ENV as the official images declare them; sizes are approximate compressed linux/amd64 sizes.

import { type RepoDef, STD_PATH, base, tagSet } from './catalog-types.js';
import { HTTPD_FILES, NGINX_FILES, imageFs } from './files.js';

const hub = (name: string) => [`docker.io/library/${name}`];

const NGINX_DEBIAN = { '/docker-entrypoint.sh': 'nginx-entrypoint', '/usr/sbin/nginx': 'nginx', '/usr/sbin/nginx-debug': 'nginx', '/usr/bin/curl': 'curl' };
/** Before 1.19 the image had no entrypoint script and stopped with SIGTERM. */
const NGINX_OLD = { entrypoint: [], stopSignal: 'SIGTERM' as const, programs: { '/usr/sbin/nginx': 'nginx' } };
const nginxAlpine = (version: string) => ({ version, userland: 'busybox' as const, busyboxVersion: '1.36.1', sizeBytes: 20_470_000, files: imageFs('alpine', NGINX_FILES) });

const nginx: RepoDef = {
  kind: 'nginx',
  repos: hub('nginx'),
  tags: {
    ...tagSet(['latest', 'mainline', '1', '1.27', '1.27.3', 'bookworm', 'mainline-bookworm'], { version: '1.27.3', sizeBytes: 72_960_000 }),
    ...tagSet(['stable', '1.26', '1.26.2', 'stable-bookworm'], { version: '1.26.2', sizeBytes: 71_900_000 }),
    ...tagSet(['1.25', '1.25.5', '1.25.4', '1.25.3'], { version: '1.25.5', sizeBytes: 70_990_000 }),
    ...tagSet(['1.24', '1.24.0'], { version: '1.24.0', sizeBytes: 56_990_000 }),
    ...tagSet(['1.23', '1.23.4'], { version: '1.23.4', sizeBytes: 56_780_000 }),
    ...tagSet(['1.22', '1.22.1'], { version: '1.22.1', sizeBytes: 56_740_000 }),
    ...tagSet(['1.21', '1.21.6'], { version: '1.21.6', sizeBytes: 56_700_000 }),
    ...tagSet(['1.20', '1.20.2'], { version: '1.20.2', sizeBytes: 53_160_000 }),
    ...tagSet(['1.19', '1.19.10'], { version: '1.19.10', sizeBytes: 53_120_000 }),
    ...tagSet(['1.18', '1.18.0'], { version: '1.18.0', sizeBytes: 53_600_000, ...NGINX_OLD }),
    ...tagSet(['1.17', '1.17.10'], { version: '1.17.10', sizeBytes: 51_000_000, ...NGINX_OLD }),
    ...tagSet(['1.16', '1.16.0', '1.16.1'], { version: '1.16.1', sizeBytes: 51_000_000, ...NGINX_OLD }),
    ...tagSet(['1.15', '1.15.12'], { version: '1.15.12', sizeBytes: 44_700_000, ...NGINX_OLD }),
    ...tagSet(['1.14', '1.14.2'], { version: '1.14.2', sizeBytes: 44_700_000, ...NGINX_OLD }),
    ...tagSet(['1.9.1', '1.7.9'], { version: '1.9.1', sizeBytes: 39_000_000, ...NGINX_OLD }),
    ...tagSet(['alpine', 'mainline-alpine', '1-alpine', '1.27-alpine', '1.27.3-alpine'], nginxAlpine('1.27.3')),
    ...tagSet(['stable-alpine', '1.26-alpine', '1.26.2-alpine'], nginxAlpine('1.26.2')),
    ...tagSet(['1.25-alpine', '1.25.5-alpine'], nginxAlpine('1.25.5')),
  },
  base: base({
    version: '1.27.3', sizeBytes: 72_960_000, pullMs: 4000,
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], stopSignal: 'SIGQUIT', exposedPorts: [80],
    env: { PATH: STD_PATH, NGINX_VERSION: '1.27.3', NJS_VERSION: '0.8.7', PKG_RELEASE: '1~bookworm' },
    userland: 'gnu', programs: NGINX_DEBIAN, files: imageFs('debian', NGINX_FILES, ['/var/cache/nginx', '/var/log/nginx', '/docker-entrypoint.d']),
  }),
};

const httpd: RepoDef = {
  kind: 'httpd',
  repos: hub('httpd'),
  tags: {
    ...tagSet(['latest', '2', '2.4', '2.4.62', 'bookworm']),
    ...tagSet(['alpine', '2-alpine', '2.4-alpine'], { userland: 'busybox', busyboxVersion: '1.36.1', sizeBytes: 22_000_000, files: imageFs('alpine', HTTPD_FILES) }),
  },
  base: base({
    version: '2.4.62', sizeBytes: 58_300_000, pullMs: 3500, cmd: ['httpd-foreground'], stopSignal: 'SIGWINCH', exposedPorts: [80],
    workingDir: '/usr/local/apache2', userland: 'gnu',
    env: { PATH: `/usr/local/apache2/bin:${STD_PATH}`, HTTPD_PREFIX: '/usr/local/apache2', HTTPD_VERSION: '2.4.62' },
    programs: { '/usr/local/bin/httpd-foreground': 'httpd', '/usr/local/apache2/bin/httpd': 'httpd' },
    files: imageFs('debian', HTTPD_FILES),
  }),
};

const REDIS_PROGRAMS = { '/usr/local/bin/docker-entrypoint.sh': 'redis-entrypoint', '/usr/local/bin/redis-server': 'redis-server', '/usr/local/bin/redis-cli': 'redis-cli' };
const redis: RepoDef = {
  kind: 'redis',
  repos: hub('redis'),
  tags: {
    ...tagSet(['latest', '7', '7.4', '7.4.1', 'bookworm'], { version: '7.4.1' }),
    ...tagSet(['7.2', '7.2.6'], { version: '7.2.6', sizeBytes: 43_800_000 }),
    ...tagSet(['7.0', '7.0.15'], { version: '7.0.15', sizeBytes: 43_500_000 }),
    ...tagSet(['6', '6.2', '6.2.16'], { version: '6.2.16', sizeBytes: 41_200_000 }),
    ...tagSet(['5.0.4', '5.0', '5'], { version: '5.0.4', sizeBytes: 34_900_000 }),
    ...tagSet(['alpine', '7-alpine', '7.4-alpine', '7.2-alpine', '6-alpine'], { userland: 'busybox', busyboxVersion: '1.36.1', sizeBytes: 16_900_000, files: imageFs('alpine', {}, ['/data']) }),
  },
  base: base({
    version: '7.4.1', sizeBytes: 45_300_000, pullMs: 3500, entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], exposedPorts: [6379],
    workingDir: '/data', userland: 'gnu', env: { PATH: STD_PATH, REDIS_VERSION: '7.4.1' }, programs: REDIS_PROGRAMS,
    files: imageFs('debian', {}, ['/data']),
  }),
};

const MYSQL_PROGRAMS = {
  '/usr/local/bin/docker-entrypoint.sh': 'mysql-entrypoint', '/usr/sbin/mysqld': 'mysqld', '/usr/bin/mysqladmin': 'mysqladmin', '/usr/bin/mysql': 'mysql',
};
const mysql: RepoDef = {
  kind: 'mysql',
  repos: hub('mysql'),
  tags: {
    ...tagSet(['latest', '9', '9.1', '9.1.0', 'oraclelinux9'], { version: '9.1.0-1.el9', sizeBytes: 174_000_000 }),
    ...tagSet(['8.4', '8.4.3', 'lts'], { version: '8.4.3-1.el9', sizeBytes: 168_400_000 }),
    ...tagSet(['8', '8.0', '8.0.40', '8.0-debian'], { version: '8.0.40-1.el9' }),
    ...tagSet(['5.7', '5.7.44'], { version: '5.7.44-1.el7', sizeBytes: 137_000_000 }),
    ...tagSet(['5.6', '5.6.51'], { version: '5.6.51-1debian9', sizeBytes: 103_000_000 }),
  },
  base: base({
    version: '8.0.40-1.el9', sizeBytes: 170_500_000, pullMs: 12_000, entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'],
    exposedPorts: [3306, 33060], userland: 'gnu', env: { PATH: STD_PATH, MYSQL_MAJOR: '8.0', MYSQL_VERSION: '8.0.40-1.el9' },
    programs: MYSQL_PROGRAMS, files: imageFs('debian', {}, ['/var/lib/mysql', '/docker-entrypoint-initdb.d']),
  }),
};

const PG_PROGRAMS = {
  '/usr/local/bin/docker-entrypoint.sh': 'postgres-entrypoint', '/usr/lib/postgresql/17/bin/postgres': 'postgres',
  '/usr/lib/postgresql/17/bin/pg_isready': 'pg_isready', '/usr/bin/pg_isready': 'pg_isready', '/usr/bin/psql': 'psql',
};
const postgres: RepoDef = {
  kind: 'postgres',
  repos: hub('postgres'),
  tags: {
    ...tagSet(['latest', '17', '17.2', 'bookworm'], { version: '17.2' }),
    ...tagSet(['16', '16.6'], { version: '16.6', sizeBytes: 151_000_000 }),
    ...tagSet(['15', '15.10'], { version: '15.10', sizeBytes: 150_000_000 }),
    ...tagSet(['14', '14.15'], { version: '14.15', sizeBytes: 149_000_000 }),
    ...tagSet(['13', '12', '12.4', '11', '9.6'], { version: '13.18', sizeBytes: 146_000_000 }),
    ...tagSet(['alpine', '17-alpine', '16-alpine', '15-alpine', '14-alpine'], { version: '17.2', userland: 'busybox', busyboxVersion: '1.36.1', sizeBytes: 98_000_000, files: imageFs('alpine', {}, ['/var/lib/postgresql/data']) }),
  },
  base: base({
    version: '17.2', sizeBytes: 153_000_000, pullMs: 10_000, entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], stopSignal: 'SIGINT',
    exposedPorts: [5432], userland: 'gnu',
    env: { PATH: `${STD_PATH}:/usr/lib/postgresql/17/bin`, PGDATA: '/var/lib/postgresql/data', PG_MAJOR: '17', LANG: 'en_US.utf8' },
    programs: PG_PROGRAMS, files: imageFs('debian', {}, ['/var/lib/postgresql/data', '/docker-entrypoint-initdb.d']),
  }),
};

const fluentd: RepoDef = {
  kind: 'fluentd',
  repos: ['docker.io/fluent/fluentd', 'docker.io/library/fluentd'],
  tags: tagSet(['latest', 'v1.16-1', 'v1.16.5-1.0', 'v1.17-1', 'v1.16-debian-1', 'v1.17-debian-1', 'edge']),
  base: base({
    version: '1.16.5', sizeBytes: 48_500_000, pullMs: 5000, entrypoint: ['tini', '--', '/bin/entrypoint.sh'], cmd: ['fluentd'],
    exposedPorts: [24224, 5140], env: { PATH: STD_PATH, FLUENTD_CONF: 'fluent.conf' }, busyboxVersion: '1.36.1',
    programs: { '/sbin/tini': 'tini', '/bin/entrypoint.sh': 'fluentd-entrypoint', '/usr/bin/fluentd': 'fluentd' },
    files: imageFs('alpine', { '/fluentd/etc/fluent.conf': '<source>\n  @type forward\n  port 24224\n</source>\n<match **>\n  @type stdout\n</match>\n' }, ['/fluentd/log']),
  }),
};

export const SERVER_REPOS: readonly RepoDef[] = [nginx, httpd, redis, mysql, postgres, fluentd];
