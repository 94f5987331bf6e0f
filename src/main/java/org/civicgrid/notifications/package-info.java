/**
 * 消息通知 — the in-app inbox: whoever must act next sees it here. Other channels (SMS, WeChat
 * template messages) plug in behind {@link NotificationChannel}; the default channel only logs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.civicgrid.notifications;
