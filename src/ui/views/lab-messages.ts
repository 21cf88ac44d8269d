/** The Lab screens' own words (the lab's command replies are in `practice/lab/messages.ts`). */
import { translator, type Messages } from '../../i18n/index.js';

type Key =
  | 'sandbox' | 'sandboxAbout' | 'pickTitle' | 'pickIntro' | 'done' | 'started' | 'minutes'
  | 'podsPanel' | 'eventsPanel' | 'noEvents' | 'noPods' | 'step' | 'hint' | 'finished' | 'paused' | 'playing'
  | 'loading' | 'unloadable' | 'pickKeys' | 'keys' | 'keysFollow' | 'scrolled' | 'more' | 'noLabs' | 'freeIntro' | 'drillsIntro' | 'task' | 'noDrills' | 'drillStart';

export const LAB_UI_MESSAGES: Messages<Key> = {
  en: {
    sandbox: 'Free lab',
    sandboxAbout: 'An empty cluster (controlplane, node01, node02) for your own experiments.',
    pickTitle: 'Lab',
    pickIntro: 'A kubectl prompt over a simulated cluster. Pick a guided scenario, or the free lab. Your lab is saved: you go on where you left off.',
    done: 'done',
    started: 'started',
    minutes: '{n} min',
    podsPanel: 'kubectl get pods -w',
    eventsPanel: 'events',
    noEvents: 'No events yet.',
    noPods: 'No pods yet. Try: k run web --image=nginx',
    step: 'Step {n}/{total}',
    hint: 'Hint: {text}',
    finished: 'All steps done.',
    paused: '❚❚ paused',
    playing: '▶ x{speed}',
    loading: 'Loading the lab…',
    unloadable: 'The lab scenarios could not be read: {detail}',
    pickKeys: '↑↓ choose · Enter open · Esc back',
    keys: 'Enter run · Tab complete · ↑↓ history · Ctrl+T pause/play · PgUp/PgDn scroll · help · Esc leave',
    keysFollow: 'Esc stop watching · Ctrl+T pause/play · PgUp/PgDn scroll',
    scrolled: '↓ {n} more lines below (PgDn)',
    more: '{n} more',
    noLabs: 'No guided scenarios are installed; the free lab is always there.',
    drillsIntro: 'Exam-style tasks on a simulated cluster. Solve one with kubectl, then type check to grade it (partial credit per check); hint helps, solution shows after a check.',
    task: 'Task ({weight} points)',
    noDrills: 'No CKA drills are installed.',
    drillStart: 'Type check when you are done; hint for a hint.',
    freeIntro: 'The free lab: an empty cluster with controlplane, node01 and node02. Type kubectl (or k) commands; help lists the rest.',
  },
  ko: {
    sandbox: '자유 실습',
    sandboxAbout: '직접 실험해 볼 빈 클러스터(controlplane, node01, node02).',
    pickTitle: '실습',
    pickIntro: '시뮬레이션 클러스터 위의 kubectl 프롬프트입니다. 안내형 시나리오나 자유 실습을 고르세요. 실습은 저장되므로 다음에 이어서 할 수 있습니다.',
    done: '완료',
    started: '진행 중',
    minutes: '{n}분',
    podsPanel: 'kubectl get pods -w',
    eventsPanel: '이벤트',
    noEvents: '아직 이벤트가 없습니다.',
    noPods: '아직 Pod가 없습니다. 예: k run web --image=nginx',
    step: '{n}/{total}단계',
    hint: '힌트: {text}',
    finished: '모든 단계를 마쳤습니다.',
    paused: '❚❚ 일시정지',
    playing: '▶ x{speed}',
    loading: '실습을 불러오는 중…',
    unloadable: '실습 시나리오를 읽을 수 없습니다: {detail}',
    pickKeys: '↑↓ 고르기 · Enter 열기 · Esc 뒤로',
    keys: 'Enter 실행 · Tab 완성 · ↑↓ 이전 명령 · Ctrl+T 일시정지/재생 · PgUp/PgDn 스크롤 · help · Esc 나가기',
    keysFollow: 'Esc 감시 중지 · Ctrl+T 일시정지/재생 · PgUp/PgDn 스크롤',
    scrolled: '↓ 아래에 {n}줄 더 있음 (PgDn)',
    more: '{n}개 더',
    noLabs: '설치된 안내형 시나리오가 없습니다. 자유 실습은 언제든 쓸 수 있습니다.',
    drillsIntro: '시뮬레이션 클러스터에서 푸는 시험형 과제입니다. kubectl로 풀고 check를 입력해 채점하세요(확인 항목마다 부분 점수). hint는 힌트, solution은 채점 후 풀이를 보여 줍니다.',
    task: '과제 ({weight}점)',
    noDrills: '설치된 CKA 실습 과제가 없습니다.',
    drillStart: '다 풀었으면 check를 입력하세요. 힌트는 hint.',
    freeIntro: '자유 실습: controlplane, node01, node02가 있는 빈 클러스터입니다. kubectl(또는 k) 명령을 입력하세요. 나머지 명령은 help로 볼 수 있습니다.',
  },
};

export const labUiText = translator(LAB_UI_MESSAGES);
