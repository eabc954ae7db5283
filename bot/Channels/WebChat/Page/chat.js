// The /chat page: Microsoft's Web Chat (unmodified) talking Direct Line 3.0 to this server.
// The token comes from our own endpoint; no Direct Line secret ever reaches the page.
(function () {
  'use strict';

  const status = document.getElementById('status');
  const showStatus = (text) => {
    status.textContent = text;
    status.hidden = !text;
  };

  const styleOptions = {
    backgroundColor: '#ededed',
    bubbleBackground: '#ffffff',
    bubbleBorderRadius: 6,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#95ec69',
    bubbleFromUserBorderRadius: 6,
    bubbleFromUserBorderWidth: 0,
    botAvatarInitials: '管家',
    userAvatarInitials: '我',
    hideUploadButton: true,
    sendBoxButtonColor: '#07c160',
    suggestedActionLayout: 'flow',
    suggestedActionBackground: '#ffffff',
    suggestedActionBorderColor: '#07c160',
    suggestedActionTextColor: '#07c160',
    suggestedActionBorderRadius: 16,
    timestampFormat: 'absolute'
  };

  async function fetchToken() {
    const response = await fetch('/chat/token', { method: 'POST', credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('token ' + response.status);
    }
    return response.json();
  }

  async function start() {
    const session = await fetchToken();
    // ?transport=polling forces HTTP polling (the WebSocket stream is the default).
    const polling = new URLSearchParams(location.search).get('transport') === 'polling';
    const directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline',
      token: session.token,
      webSocket: !polling
    });
    window.conciergeDirectLine = directLine;
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        username: '业主',
        locale: 'zh-CN',
        styleOptions: styleOptions
      },
      document.getElementById('webchat')
    );
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  }

  start().catch((error) => {
    console.error(error);
    showStatus(`暂时无法连接，请稍后刷新重试；紧急情况请拨打 24 小时服务热线 ${document.body.dataset.hotline}。`);
  });
})();
