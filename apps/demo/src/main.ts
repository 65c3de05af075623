console.log("nninit demo");
