import { PageHeading, useApp } from "../ui";

/** Staff sign in already; their desks (provider, worker, finance, admin) come in the next version. */
export function StaffPage() {
  const { t } = useApp();
  return (
    <>
      <PageHeading>{t.staff.title}</PageHeading>
      <p>{t.staff.text}</p>
    </>
  );
}
