// Swagger UI over the server's OpenAPI document (MicroProfile OpenAPI at /openapi, as JSON)
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    tryItOutEnabled: true
  });
});
