// The page's one stylesheet, inlined (no CDN, works from file://). Colours keep WCAG AA contrast on white: the axe
// check in the browser tests fails a serious colour-contrast violation.
export const STYLES = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--link:#0550ae}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:var(--soft)}
header h1{margin:0 0 4px;font-size:20px}
header nav a{margin-right:14px}
main{padding:8px 20px 40px;max-width:1400px}
h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:0 0 6px}
a{color:var(--link)}
.muted{color:var(--muted)}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:10px}
.counts li a{display:block;padding:6px 12px;border:1px solid var(--line);border-radius:6px;text-decoration:none;color:var(--fg)}
.counts .n{font-weight:700;font-size:18px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;overflow-wrap:anywhere}
.items{margin:0;padding-left:18px}.items>li{margin-bottom:6px}
.waves{padding-left:16px}
.need{background:#fff8c5;border:1px solid #d4a72c;border-radius:4px;padding:0 4px}
.cause{color:#82071e}
.state{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;border:1px solid;white-space:nowrap}
.s-Healthy,.s-Synced{color:#116329;background:#dafbe1;border-color:#4ac26b}
.s-Failed,.s-RolledBack{color:#82071e;background:#ffebe9;border-color:#ff8182}
.s-Deploying,.s-Deployed,.s-Approved{color:#0550ae;background:#ddf4ff;border-color:#54aeff}
.s-PendingApproval,.s-Draft{color:#7d4e00;background:#fff8c5;border-color:#d4a72c}
.s-Cancelled,.s-missing{color:#57606a;background:#f6f8fa;border-color:#d0d7de}
.verdict{font-size:12px;padding:0 6px;border-radius:10px;border:1px solid}
.v-healthy{color:#116329;background:#dafbe1;border-color:#4ac26b}
.v-unhealthy{color:#82071e;background:#ffebe9;border-color:#ff8182}
.v-no-data{color:#57606a;background:#f6f8fa;border-color:#d0d7de}
.metric .value{font-size:20px;font-weight:600;margin:0}
.chart{display:block;max-width:100%;height:auto}
.chart .bar{fill:#218bff}.chart .bar-none{fill:#8c959f}
.chart .axis{stroke:#57606a}.chart .target{stroke:#bf3989;stroke-dasharray:4 3}
.chart .tick{font-size:10px;fill:#57606a}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
.matrix td{min-width:180px}
.runs{list-style:none;margin:0;padding:0}.runs li{margin-bottom:3px}
.ver{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.filters{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}
input,select,button{font:inherit;padding:3px 6px}
.pager{margin-top:8px}
.diff td.differs{background:#fff8c5}
#timeline{border:2px solid var(--link);border-radius:6px;padding:4px 14px 14px;margin-top:20px}
.tl{list-style:none;padding:0;border-left:3px solid var(--line);margin-left:6px}
.tl li{padding:2px 0 8px 12px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dl.facts dt{color:var(--muted)}
`;
