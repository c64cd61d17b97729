import { Head, Html, Main, NextScript } from "next/document";

export default function Document() {
  return (
    <Html lang="de">
      <Head />
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
