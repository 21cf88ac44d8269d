// A few of each image's files: enough for `ls /`, `cat /etc/os-release`, nginx's welcome page and
// config, and the files the kubelet itself provides to every container.

import { DEFAULT_DNS_SERVER, searchDomains } from '../proc/dns.js';
import { type SimFs, makeFs } from '../proc/fs.js';

const ROOT_DIRS = ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/run', '/sbin', '/sys', '/tmp', '/usr/bin', '/usr/local/bin', '/usr/sbin', '/var/log', '/var/run'];

const OS_RELEASE: Readonly<Record<string, string>> = {
  alpine: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\nHOME_URL="https://alpinelinux.org/"\n',
  debian: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n',
  ubuntu: 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nID=ubuntu\nID_LIKE=debian\n',
  busybox: '',
};

export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const NGINX_DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

/** The root filesystem of an image: its OS files plus `extra`. */
export function imageFs(os: keyof typeof OS_RELEASE, extra: Readonly<Record<string, string>> = {}, dirs: readonly string[] = []): SimFs {
  const files: Record<string, string> = {
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
    '/etc/group': 'root:x:0:\nnogroup:x:65534:\n',
    ...extra,
  };
  if (OS_RELEASE[os]) files['/etc/os-release'] = OS_RELEASE[os];
  return makeFs(files, [...ROOT_DIRS, ...dirs]);
}

export const NGINX_FILES: Readonly<Record<string, string>> = {
  '/usr/share/nginx/html/index.html': NGINX_INDEX,
  '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
  '/etc/nginx/conf.d/default.conf': NGINX_DEFAULT_CONF,
  '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n    sendfile        on;\n    keepalive_timeout  65;\n    include /etc/nginx/conf.d/*.conf;\n}\n',
};

export const HTTPD_FILES: Readonly<Record<string, string>> = {
  '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n',
  '/usr/local/apache2/conf/httpd.conf': 'ServerRoot "/usr/local/apache2"\nListen 80\nDocumentRoot "/usr/local/apache2/htdocs"\n',
};

/**
 * Files the kubelet gives every container (it bind-mounts them): /etc/hosts, /etc/hostname and
 * /etc/resolv.conf for dnsPolicy ClusterFirst. Paths are absolute.
 */
export function podFiles(podName: string, podIP: string, namespace: string, dnsServer = DEFAULT_DNS_SERVER): Readonly<Record<string, string>> {
  return {
    '/etc/hostname': podName + '\n',
    '/etc/hosts': `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${podIP}\t${podName}\n`,
    '/etc/resolv.conf': `search ${searchDomains(namespace).join(' ')}\nnameserver ${dnsServer}\noptions ndots:5\n`,
  };
}
