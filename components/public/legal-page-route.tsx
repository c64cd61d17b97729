import { LegalPageView } from "@/components/legal-page";
import { publicView, PublicFrame } from "@/components/public/public-page";

interface LegalData {
  title: string;
  headTitle: string;
  body: string;
  updatedAt: Date | null;
  region?: { slug: string; name: string };
}

/** View of the portal's and the regions' legal pages (Impressum, Datenschutz, Barrierefreiheit). */
export const LegalPage = publicView<LegalData>(({ user, region, title, headTitle, body, updatedAt }) => (
  <PublicFrame user={user} head={{ title: headTitle }} region={region}>
    <LegalPageView title={title} body={body} updatedAt={updatedAt} />
  </PublicFrame>
));
