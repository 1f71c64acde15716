function t(r,n){return r==="en"&&n.en||n.ja}function i(r,n){return n.toLocaleString(r==="ja"?"ja-JP":"en-GB")}export{t as a,i as b};
