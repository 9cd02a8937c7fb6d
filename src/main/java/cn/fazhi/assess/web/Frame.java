package cn.fazhi.assess.web;

/** What every page's frame shows: the title, a message or an error from the last action, the CSRF token, 退出登录. */
record Frame(String title, String message, String error, String csrf, boolean logout) {
    Frame {
        message = message == null || message.isBlank() ? null : message;
        error = error == null || error.isBlank() ? null : error;
    }
}
