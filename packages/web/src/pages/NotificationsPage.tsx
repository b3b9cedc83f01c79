import { Button } from "suomifi-ui-components";
import { useState } from "react";
import type { MyClient } from "../App";
import { data } from "../api/client";
import { date } from "../format";
import { ErrorMessage, Loading, PageHeading, useApp, useLoad } from "../ui";

/** The client's inbox (shared with its representatives), newest first; the unread ones can be marked read. */
export function NotificationsPage({ client }: { client: MyClient }) {
  const { api, t, language, announce } = useApp();
  const [error, setError] = useState<unknown>();
  const inbox = useLoad(() => data(api.GET("/v1/notifications", { params: { query: { clientId: client.clientId } } })), [client.clientId, language]);

  const markRead = async (notificationId: string) => {
    setError(undefined);
    try {
      await data(api.POST("/v1/notifications/{notificationId}/read", { params: { path: { notificationId } } }));
      announce(t.notifications.markedRead);
      inbox.reload();
    } catch (problem) {
      setError(problem);
    }
  };

  return (
    <>
      <PageHeading>{t.notifications.title}</PageHeading>
      <p>{t.notifications.intro}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      <Loading loaded={inbox}>
        {(page) => (
          <>
            <p>{t.notifications.unread(page.unreadCount)}</p>
            {page.items.length === 0 ? (
              <p>{t.notifications.none}</p>
            ) : (
              <ul className="cards">
                {page.items.map((notification) => (
                  <li key={notification.notificationId} className={notification.readAt ? "card" : "card unread"}>
                    <h2 className="notification-date">
                      {!notification.readAt && <span className="badge">{t.notifications.newLabel}</span>} {date(notification.createdAt, language)}
                    </h2>
                    <p id={`notification-${notification.notificationId}`}>{notification.text}</p>
                    {notification.readAt ? (
                      <p className="muted">{t.notifications.readOn(date(notification.readAt, language))}</p>
                    ) : (
                      <Button
                        aria-describedby={`notification-${notification.notificationId}`}
                        onClick={() => markRead(notification.notificationId)}
                      >
                        {t.notifications.markRead}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loading>
    </>
  );
}
